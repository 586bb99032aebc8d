namespace CooperJus.Gateway.Core.Intake;

/// <summary>What the handler made of a claimed file: it goes to <c>processed/</c> or <c>failed/</c>, with a readable report beside it.</summary>
/// <param name="Succeeded">True moves the file to <c>processed/</c>, false to <c>failed/</c>.</param>
/// <param name="Report">Text written beside the file as <c>&lt;name&gt;.report.txt</c> (always for failures; for successes when not empty).</param>
public sealed record IntakeVerdict(bool Succeeded, string Report)
{
    /// <summary>
    /// For a file filed as processed although some of its records were rejected: the report of the copy kept in
    /// <c>rejected/</c> for the operator to fix and drop again (which records, where, which rule); null when none was.
    /// </summary>
    public string? RejectedReport { get; init; }
}
