using System.CommandLine;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus audit show &lt;requestId|messageId|caseReference|recordNumber&gt;</c>: for each request the reference
/// names, the record as exported, the canonical document, the lineage between them and the timeline of every event.
/// </summary>
/// <remarks>
/// Shows personal data (the record, the document): it prints to the operator's terminal, never to a log. Sent and
/// never-sent requests come from the one view the auditor view also uses (<see cref="IAuditLog.GetRequestViewAsync"/>).
/// </remarks>
internal static class AuditShowCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var reference = new Argument<string>("reference") { Description = "A request id, a message id, a national case reference, or a national record number (e.g. SGF-2024-000187)." };
        var json = CommonOptions.Json();
        var command = new Command("show", "Show the original record, canonical document, lineage and timeline of a request.") { reference, config, json };
        command.SetAction((parse, ct) => ShowAsync(parse.GetValue(config), parse.GetRequiredValue(reference), parse.GetValue(json), ct));
        return command;
    }

    private static async Task<int> ShowAsync(string? config, string reference, bool json, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reference)) throw new UsageException("Give a request id, a message id, a case reference or a record number.");
        await using var store = await AuditAccess.OpenStoreAsync(config, ct).ConfigureAwait(false);
        var requests = await store.Audit.ResolveAsync(reference, ct).ConfigureAwait(false);
        if (requests.Count == 0)
        {
            Console.Error.WriteLine($"No request, message, case reference or record number '{reference.Trim()}' in the audit log of {store.Path}.");
            return ExitCodes.NotFound;
        }
        var views = new List<AuditRequestView>();
        foreach (var requestId in requests)
        {
            try
            {
                if (await store.Audit.GetRequestViewAsync(requestId, ct).ConfigureAwait(false) is { } view) views.Add(view);
            }
            catch (AuditLogAlteredException)
            {
                // Reading the request's events parses their stored headers: one that no longer parses was rewritten by hand.
                Console.Error.WriteLine($"request {requestId}: {AlteredLog.Message}.");
                return ExitCodes.AuditBroken;
            }
        }
        if (json)
        {
            await using var writer = CliJson.StandardOutput();
            writer.WriteStartObject();
            writer.WriteString("reference", reference.Trim());
            writer.WriteStartArray("requests");
            foreach (var view in views) CliJson.Write(writer, AuditRequestJson.Of(view));
            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(ct).ConfigureAwait(false);
            Console.WriteLine();
            return ExitCodes.Success;
        }
        if (views.Count > 1) Console.WriteLine($"'{reference.Trim()}' names {views.Count} requests.");
        foreach (var view in views) Print(view);
        return ExitCodes.Success;
    }

    private static void Print(AuditRequestView view)
    {
        Console.WriteLine($"== request {view.RequestId}");
        if (view.Request is { } summary)
        {
            var r = summary.Request;
            Console.WriteLine($"case reference  {r.CaseReference}");
            Console.WriteLine($"direction       {CanonicalCodes.ToCode(r.Direction)}, partner {(r.PartnerId.Length == 0 ? "-" : r.PartnerId)}, requested State {r.RequestedCountry}");
            Console.WriteLine($"status          {CanonicalCodes.ToCode(r.Status)}{(summary.IsOverdue ? " (OVERDUE)" : "")}");
        }
        else
        {
            Console.WriteLine($"request {view.RequestId} was never sent (rejected or not routed)");
            if (view.CaseReference is { } caseReference) Console.WriteLine($"case reference  {caseReference}");
        }
        if (view.SourceFile is not null) Console.WriteLine($"source file     {view.SourceFile}");
        Console.WriteLine();
        Section("Original record (as the national system exported it)", view.OriginalRecord ?? AuditShowMissing.Text(view.Timeline, AuditEventKinds.RecordParsed));
        if (view.WasNeverSent)
            Section("Rejection reasons", view.RejectionReasons ?? AuditShowMissing.Text(view.Timeline, AuditEventKinds.RecordRejected));
        if (!view.WasNeverSent || view.CanonicalJson is not null)
            Section("Canonical document", view.CanonicalJson is null ? AuditShowMissing.Text(view.Timeline, AuditEventKinds.RequestTranslated) : AuditShowJson.Indented(view.CanonicalJson));
        if (!view.WasNeverSent || view.LineageJson is not null)
        {
            Console.WriteLine("-- Lineage (canonical field <- source field, value as written, conversion)");
            AuditShowLineage.Print(view.LineageJson, view.SourceFile);
            Console.WriteLine();
        }
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
