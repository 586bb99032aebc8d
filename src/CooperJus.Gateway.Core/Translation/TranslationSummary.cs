namespace CooperJus.Gateway.Core.Translation;

/// <summary>Counts of one translation run.</summary>
public sealed class TranslationSummary
{
    /// <summary>Files read.</summary>
    public int Files { get; set; }

    /// <summary>Records that became canonical requests.</summary>
    public long Accepted { get; set; }

    /// <summary>Records rejected.</summary>
    public long Rejected { get; set; }

    /// <summary>Problems with whole files (unreadable, missing column…).</summary>
    public long FileProblems { get; set; }

    /// <summary>Warnings, on records or on whole files.</summary>
    public long Warnings { get; set; }

    /// <summary>True when nothing was rejected and no file had a problem.</summary>
    public bool AllAccepted => Rejected == 0 && FileProblems == 0;

    /// <summary>Counts an outcome.</summary>
    public void Add(TranslationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Warnings += outcome.Problems.Count(p => !p.IsError);
        if (outcome.IsAccepted) Accepted++;
        else if (!outcome.IsFileProblem) Rejected++;
        else if (outcome.Problems.Any(p => p.IsError)) FileProblems++; // A file-level warning (unknown column) rejects nothing.
    }
}
