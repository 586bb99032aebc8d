using System.Globalization;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Cli;

/// <summary>Prints audit events one per line: time, event number, kind, partner, actor, facts, and the body's hash (or that it was pruned).</summary>
internal static class AuditShowTimeline
{
    public static void Print(IReadOnlyList<AuditEvent> events)
    {
        Console.WriteLine($"{"TIME (UTC)",-23}  {"EVENT",7}  {"KIND",-24} {"PARTNER",-8} {"ACTOR",-10} FACTS / BODY");
        foreach (var e in events)
        {
            var facts = string.Join(", ", e.Facts.Select(f => $"{f.Key}={f.Value}"));
            var body = e.Body switch
            {
                null => "",
                { IsPruned: true } b => $"body pruned (sha256 {b.Sha256} kept)",
                { } b => $"body sha256 {b.Sha256} ({b.Size} B, {b.MediaType})",
            };
            var details = string.Join("; ", new[] { facts, body }.Where(d => d.Length > 0));
            Console.WriteLine($"{e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),-23}  {e.Sequence,7}  {e.Kind,-24} {e.PartnerId ?? "",-8} {e.Actor,-10} {details}");
        }
        Console.WriteLine($"{events.Count} event(s).");
    }
}
