namespace CooperJus.Gateway.Sdk.Diagnostics;

/// <summary>
/// Something wrong with a record or file, explained in words: the rule broken, where in the source, and (once known)
/// which canonical field it concerns.
/// </summary>
public sealed record Problem
{
    /// <summary>Error rejects the record; warning only reports.</summary>
    public required Severity Severity { get; init; }

    /// <summary>A stable identifier of the rule, for example <c>date.not-a-calendar-date</c> or <c>csv.missing-column</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>What is wrong, in a sentence an office clerk understands.</summary>
    public required string Message { get; init; }

    /// <summary>Where in the source file, when known.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>The canonical field as a JSON pointer (<c>/persons/0/birthDate</c>), when the problem concerns one.</summary>
    public string? CanonicalPath { get; init; }

    /// <summary>True for <see cref="Severity.Error"/>.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>Creates an error.</summary>
    public static Problem Error(string rule, string message, SourceLocation? source = null, string? canonicalPath = null) =>
        new() { Severity = Severity.Error, Rule = rule, Message = message, Source = source, CanonicalPath = canonicalPath };

    /// <summary>Creates a warning.</summary>
    public static Problem Warning(string rule, string message, SourceLocation? source = null, string? canonicalPath = null) =>
        new() { Severity = Severity.Warning, Rule = rule, Message = message, Source = source, CanonicalPath = canonicalPath };

    /// <summary>One line: severity, location, canonical field, rule and message.</summary>
    public override string ToString()
    {
        var where = Source is null ? "" : $"{Source}: ";
        var field = CanonicalPath is null ? "" : $" [{CanonicalPath}]";
        return $"{Severity.ToString().ToLowerInvariant()}: {where}{Message} (rule {Rule}){field}";
    }
}
