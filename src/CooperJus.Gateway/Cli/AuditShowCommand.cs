using System.CommandLine;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus audit show &lt;requestId|messageId|caseReference&gt;</c>: for each request the reference names, the record
/// as exported, the canonical document, the lineage between them and the timeline of every event.
/// </summary>
/// <remarks>Shows personal data (the record, the document): it prints to the operator's terminal, never to a log.</remarks>
internal static class AuditShowCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var reference = new Argument<string>("reference") { Description = "A request id, a message id, or a national case reference." };
        var command = new Command("show", "Show the original record, canonical document, lineage and timeline of a request.") { reference, config };
        command.SetAction((parse, ct) => ShowAsync(parse.GetValue(config), parse.GetRequiredValue(reference), ct));
        return command;
    }

    private static async Task<int> ShowAsync(string? config, string reference, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reference)) throw new UsageException("Give a request id, a message id or a case reference.");
        await using var store = await AuditAccess.OpenStoreAsync(config, ct).ConfigureAwait(false);
        var requests = await store.Audit.ResolveAsync(reference, ct).ConfigureAwait(false);
        if (requests.Count == 0)
        {
            Console.Error.WriteLine($"No request, message or case reference '{reference.Trim()}' in the audit log of {store.Path}.");
            return ExitCodes.NotFound;
        }
        if (requests.Count > 1) Console.WriteLine($"'{reference.Trim()}' names {requests.Count} requests.");
        foreach (var requestId in requests)
        {
            try
            {
                await ShowAsync(store.Audit, requestId, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (AlteredLog.IsCause(e))
            {
                // Reading the request's events parses their stored headers: one that no longer parses was rewritten by hand.
                Console.Error.WriteLine($"request {requestId}: {AlteredLog.Message}.");
                return ExitCodes.AuditBroken;
            }
        }
        return ExitCodes.Success;
    }

    private static async Task ShowAsync(IAuditLog audit, string requestId, CancellationToken ct)
    {
        if (await audit.GetRequestViewAsync(requestId, ct).ConfigureAwait(false) is { } view)
        {
            Print(view);
            return;
        }
        // No business record: the request was made of a record but refused (by validation, or for want of a partner).
        await AuditShowNeverSent.PrintAsync(audit, requestId, await audit.GetEventsAsync(requestId, null, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
    }

    private static void Print(AuditRequestView view)
    {
        var r = view.Request.Request;
        Console.WriteLine($"== request {r.RequestId}");
        Console.WriteLine($"case reference  {r.CaseReference}");
        Console.WriteLine($"direction       {CanonicalCodes.ToCode(r.Direction)}, partner {r.PartnerId}, requested State {r.RequestedCountry}");
        Console.WriteLine($"status          {CanonicalCodes.ToCode(r.Status)}{(view.Request.IsOverdue ? " (OVERDUE)" : "")}");
        if (view.SourceFile is not null) Console.WriteLine($"source file     {view.SourceFile}");
        Console.WriteLine();
        Section("Original record (as the national system exported it)", view.OriginalRecord ?? AuditShowMissing.Text(view.Timeline, AuditEventKinds.RecordParsed));
        Section("Canonical document", view.CanonicalJson is null ? AuditShowMissing.Text(view.Timeline, AuditEventKinds.RequestTranslated) : AuditShowJson.Indented(view.CanonicalJson));
        Console.WriteLine("-- Lineage (canonical field <- source field, value as written, conversion)");
        AuditShowLineage.Print(view.LineageJson, view.SourceFile);
        Console.WriteLine();
        Console.WriteLine("-- Timeline");
        AuditShowTimeline.Print(view.Timeline);
        Console.WriteLine();
    }

    private static void Section(string title, string text)
    {
        Console.WriteLine($"-- {title}");
        Console.WriteLine(text.TrimEnd('\r', '\n'));
        Console.WriteLine();
    }
}
