using System.Text;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>audit show</c> of a request the gateway never sent: the adapter made a request of the record, but validation
/// refused it or no partner serves its country, so there is no business record, only the audit events. Shows the record
/// as exported, why it was refused, and the timeline.
/// </summary>
internal static class AuditShowNeverSent
{
    public static async Task PrintAsync(IAuditLog audit, string requestId, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        Console.WriteLine($"== request {requestId}");
        Console.WriteLine($"request {requestId} was never sent (rejected or not routed)");
        if (events.Select(e => e.CaseReference).FirstOrDefault(c => c is not null) is { } caseReference)
            Console.WriteLine($"case reference  {caseReference}");
        if (events.FirstOrDefault(e => e.Kind == AuditEventKinds.FileClaimed)?.Fact("name") is { } file)
            Console.WriteLine($"source file     {file}");
        Console.WriteLine();
        await SectionAsync(audit, "Original record (as the national system exported it)", events, AuditEventKinds.RecordParsed, ct).ConfigureAwait(false);
        await SectionAsync(audit, "Rejection reasons", events, AuditEventKinds.RecordRejected, ct).ConfigureAwait(false);
        Console.WriteLine("-- Timeline");
        AuditShowTimeline.Print(events);
        Console.WriteLine();
    }

    /// <summary>The body of the last event of <paramref name="kind"/>, or why there is none.</summary>
    private static async Task SectionAsync(IAuditLog audit, string title, IReadOnlyList<AuditEvent> events, string kind, CancellationToken ct)
    {
        Console.WriteLine($"-- {title}");
        var last = events.LastOrDefault(e => e.Kind == kind);
        var body = last is { Body.IsPruned: false } ? await audit.GetBodyAsync(last.Sequence, ct).ConfigureAwait(false) : null;
        Console.WriteLine(body is null ? AuditShowMissing.Text(events, kind) : Encoding.UTF8.GetString(body).TrimEnd('\r', '\n'));
        Console.WriteLine();
    }
}
