using System.Globalization;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Web;

/// <summary>The chain check: what it does, its button, and its outcome (intact, or the first broken event and why).</summary>
internal static class VerifyPage
{
    /// <summary>The page; <paramref name="outcome"/> is null before the check has run.</summary>
    public static string Render(Viewer viewer, AuditVerification? outcome)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return PageFrame.Render("Verify the chain", viewer, html =>
        {
            html.Markup("<h1>Verify the audit chain</h1>")
                .Element("p", "Reads every event of the audit log, checks that each links to the one before it and that every kept body still has the hash recorded for it, and checks the signed checkpoints kept outside the database, which catch a cut tail or a chain recomputed after an edit.");
            if (outcome is not null) Outcome(html, outcome);
            PageFrame.PostButton(html, "/audit/verify", outcome is null ? "Verify the chain" : "Verify again", viewer.Token);
        });
    }

    private static void Outcome(Html html, AuditVerification outcome)
    {
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{outcome.EventsChecked} event(s) and {outcome.CheckpointsChecked} signed checkpoint(s) checked; {outcome.BodiesPruned} body(ies) removed by retention, their recorded hashes checked.");
        if (outcome.IsIntact)
        {
            PageFrame.Notice(html, "The chain is intact. " + counts, ok: true);
            if (outcome.Caveat is { } caveat) PageFrame.Notice(html, "But: " + caveat, ok: false);
            return;
        }
        var at = outcome.FirstBrokenEvent is { } sequence ? string.Create(CultureInfo.InvariantCulture, $"The chain is broken at event #{sequence}: ") : "The chain could not be verified: ";
        PageFrame.Notice(html, at + outcome.Problem + " " + counts, ok: false);
    }
}
