using System.CommandLine;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Outbound;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus requests release [--request ID | --country CC]</c>: seals held requests for the partner the
/// configuration's directory now names for their country and queues them in the store; the running gateway's
/// dispatcher sends them from the outbox as it sends everything. Exactly once: a request released already (by the
/// gateway at start or reload, or by another run of this command) is reported and not queued again.
/// </summary>
internal static class RequestsReleaseCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var request = new Option<string?>("--request") { Description = "Only this held request (its request id)." };
        var country = new Option<string?>("--country") { Description = "Only held requests for this country (ISO 3166-1 alpha-2)." };
        var command = new Command("release", "Send held requests whose country a partner in the configuration's partner directory now serves.") { config, request, country };
        command.SetAction((parse, ct) => ReleaseAsync(parse.GetValue(config), parse.GetValue(request), parse.GetValue(country)?.Trim().ToUpperInvariant(), ct));
        return command;
    }

    private static async Task<int> ReleaseAsync(string? config, string? requestId, string? country, CancellationToken ct)
    {
        var configuration = StoreAccess.Configuration(config);
        var problems = new List<string>();
        var storeOptions = OptionsReader.Read<StoreOptions>(configuration, StoreOptions.SectionName, problems);
        var messaging = OptionsReader.Read<MessagingOptions>(configuration, "Messaging", problems);
        problems.AddRange(messaging.Validate().Select(p => "Messaging: " + p));
        var directory = OptionsReader.Read<PartnerDirectoryOptions>(configuration, "PartnerDirectory", problems);
        problems.AddRange(directory.Validate().Select(p => "PartnerDirectory: " + p));
        GatewayKey? key = null;
        if (problems.Count == 0 && !GatewayKey.TryLoad(messaging.PrivateKeyFile, messaging.KeyId, out key, out var keyProblem))
            problems.Add("Messaging:PrivateKeyFile: " + keyProblem);
        if (problems.Count > 0)
            throw new UsageException("requests release needs the configuration the gateway runs with (its key and partner directory); this one has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        using (key)
        {
            await using var store = await StoreAccess.OpenExistingAsync(storeOptions, ct).ConfigureAwait(false);
            var partners = PartnerDirectory.Create(directory);
            var releaser = new HeldRequestReleaser(store, () => partners, new RequestSealer(new EnvelopeSigner(key!, messaging.GatewayId, TimeProvider.System), TimeProvider.System));
            var results = await releaser.ReleaseAsync(country, requestId, CliActor.Current, ct).ConfigureAwait(false);
            if (requestId is not null && results.Count == 0)
            {
                var known = await store.GetRequestAsync(requestId, ct).ConfigureAwait(false);
                throw new UsageException(known is null ? $"No request {requestId}." : $"Request {requestId} is not held (it is {Sdk.CanonicalCodes.ToCode(known.Status)}).");
            }
            foreach (var result in results)
            {
                var held = result.Held;
                Console.WriteLine(result.StillHeld
                    ? $"{held.RequestId}  still held: no partner in the directory serves {held.RequestedCountry}."
                    : result.ReleasedNow
                        ? $"{held.RequestId}  released: queued for {result.PartnerId} (message {result.MessageId}); the running gateway sends it shortly."
                        : $"{held.RequestId}  already released (by the gateway or another release): not queued again.");
            }
            var stillHeld = results.Count(r => r.StillHeld);
            Console.WriteLine($"{results.Count(r => r.ReleasedNow)} released, {stillHeld} still held.");
            return stillHeld == 0 ? ExitCodes.Success : ExitCodes.SomeRejected;
        }
    }
}
