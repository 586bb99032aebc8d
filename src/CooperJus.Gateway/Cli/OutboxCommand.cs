using System.CommandLine;
using System.Globalization;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus outbox list|show|retry|replay</c>: what is waiting for which partner, why, and the operator's two
/// levers: retry a waiting message now, or replay a dead-lettered one.
/// </summary>
internal static class OutboxCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var state = new Option<string?>("--state") { Description = "queued, sending, retry-waiting, delivered or dead-lettered." };
        var partner = new Option<string?>("--partner") { Description = "Only this partner's messages." };
        var json = CommonOptions.Json();
        var list = new Command("list", "List every outbox message, oldest first.") { config, state, partner, json };
        list.SetAction((parse, ct) => ListAsync(parse.GetValue(config), parse.GetValue(state), parse.GetValue(partner), parse.GetValue(json), ct));

        var id = new Argument<string>("messageId");
        var show = new Command("show", "Show one message with every delivery attempt and the partner's receipt.") { id, config, json };
        show.SetAction((parse, ct) => ShowAsync(parse.GetValue(config), parse.GetRequiredValue(id), parse.GetValue(json), ct));
        var retry = new Command("retry", "Make a waiting message due now.") { id, config };
        retry.SetAction((parse, ct) => ActAsync(parse.GetValue(config), parse.GetRequiredValue(id), replay: false, ct));
        var replay = new Command("replay", "Send a dead-lettered message again (attempts start over, history is kept).") { id, config };
        replay.SetAction((parse, ct) => ActAsync(parse.GetValue(config), parse.GetRequiredValue(id), replay: true, ct));
        return new Command("outbox", "Inspect and steer the outbox.") { list, show, retry, replay };
    }

    private static async Task<int> ListAsync(string? config, string? state, string? partner, bool json, CancellationToken ct)
    {
        OutboxState? filter = null;
        if (state is not null)
            filter = CanonicalCodes.TryParse<OutboxState>(state, out var parsed) ? parsed : throw new UsageException($"--state '{state}' is not one of: {string.Join(", ", CanonicalCodes.All<OutboxState>())}.");
        await using var store = await StoreAccess.OpenAsync(config, ct).ConfigureAwait(false);
        // Every message, page by page (keyset on the outbox sequence), printed as it comes: never cut at a page.
        var entries = OperatorPages.OutboxAsync(store, new OutboxQuery(filter, partner), ct);
        if (json)
        {
            await PrintJsonAsync(entries).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        var count = 0;
        Console.WriteLine($"{"MESSAGE",-36}  {"PARTNER",-8} {"STATE",-14} {"TRIES",5}  {"NEXT ATTEMPT",-20}  LAST ERROR / REASON");
        await foreach (var e in entries.ConfigureAwait(false))
        {
            Console.WriteLine($"{e.MessageId,-36}  {e.PartnerId,-8} {CanonicalCodes.ToCode(e.State),-14} {e.Attempts,5}  {Format(e.NextAttemptAt),-20}  {e.DeadLetterReason ?? e.LastError}");
            count++;
        }
        Console.WriteLine($"{count} message(s).");
        return ExitCodes.Success;
    }

    /// <summary><c>{"messages": [...], "count": n}</c>, streamed.</summary>
    private static async Task PrintJsonAsync(IAsyncEnumerable<OutboxEntry> entries)
    {
        var count = 0;
        await using var writer = CliJson.StandardOutput();
        writer.WriteStartObject();
        writer.WriteStartArray("messages");
        await foreach (var e in entries.ConfigureAwait(false))
        {
            CliJson.Write(writer, OutboxEntryJson.Of(e));
            count++;
            if (writer.BytesPending > 64 * 1024) await writer.FlushAsync().ConfigureAwait(false);
        }
        writer.WriteEndArray();
        writer.WriteNumber("count", count);
        writer.WriteEndObject();
        await writer.FlushAsync().ConfigureAwait(false);
        Console.WriteLine();
    }

    private static async Task<int> ShowAsync(string? config, string messageId, bool json, CancellationToken ct)
    {
        await using var store = await StoreAccess.OpenAsync(config, ct).ConfigureAwait(false);
        var detail = await store.GetOutboxMessageAsync(messageId, ct).ConfigureAwait(false) ?? throw new UsageException($"No outbox message {messageId}.");
        if (json)
        {
            await using var writer = CliJson.StandardOutput();
            CliJson.Write(writer, OutboxMessageJson.Of(detail));
            await writer.FlushAsync().ConfigureAwait(false);
            Console.WriteLine();
            return ExitCodes.Success;
        }
        var e = detail.Entry;
        Console.WriteLine($"message   {e.MessageId} ({e.MessageType})");
        Console.WriteLine($"partner   {e.PartnerId}");
        Console.WriteLine($"request   {e.RequestId}");
        Console.WriteLine($"from file {detail.IntakeFileName}");
        Console.WriteLine($"state     {CanonicalCodes.ToCode(e.State)}, {e.Attempts} attempt(s), queued {Format(e.EnqueuedAt)}, next {Format(e.NextAttemptAt)}");
        if (e.DeadLetterReason is not null) Console.WriteLine($"dead letter: {e.DeadLetterReason}");
        Console.WriteLine("attempts:");
        foreach (var a in detail.History)
            Console.WriteLine($"  #{a.Number} {Format(a.StartedAt)} {CanonicalCodes.ToCode(a.Outcome)}{(a.HttpStatus is { } status ? $" HTTP {status}" : "")} {a.Error}");
        Console.WriteLine(detail.SignedEnvelope.IsEmpty
            ? "signed envelope: removed by retention (its SHA-256 stays in the audit log: cooperjus audit show)"
            : $"signed envelope ({detail.SignedEnvelope.Length} bytes, compact JWS)");
        if (detail.Receipt is { } receipt) Console.WriteLine($"partner's signed receipt:{Environment.NewLine}{System.Text.Encoding.ASCII.GetString(receipt.Span)}");
        return ExitCodes.Success;
    }

    private static async Task<int> ActAsync(string? config, string messageId, bool replay, CancellationToken ct)
    {
        await using var store = await StoreAccess.OpenAsync(config, ct).ConfigureAwait(false);
        var actor = CliActor.Current;
        var result = replay ? await store.ReplayDeadLetterAsync(messageId, actor, ct).ConfigureAwait(false) : await store.RetryNowAsync(messageId, actor, ct).ConfigureAwait(false);
        if (result.StateBefore is null) throw new UsageException($"No outbox message {messageId}.");
        var before = CanonicalCodes.ToCode(result.StateBefore.Value);
        Console.WriteLine(result.Allowed
            ? $"{messageId} was {before}; it is queued and will be sent shortly by the running gateway."
            : $"{messageId} is {before}: {(replay ? "only dead-lettered messages can be replayed" : "only queued or waiting messages can be retried")}.");
        return result.Allowed ? ExitCodes.Success : ExitCodes.SomeRejected;
    }

    private static string Format(DateTimeOffset? instant) => instant?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
}
