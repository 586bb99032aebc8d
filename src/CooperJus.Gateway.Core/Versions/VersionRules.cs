namespace CooperJus.Gateway.Core.Versions;

/// <summary>The rule ids of the notes a version conversion reports (<see cref="Sdk.Diagnostics.Problem.Rule"/>).</summary>
public static class VersionRules
{
    /// <summary>A non-empty field the target version has no place for: it was left out (its path names it).</summary>
    public const string NotCarried = "version.not-carried";

    /// <summary>A field the target version has no place for, written into one of its text fields instead, so its readers still see it.</summary>
    public const string CarriedAsText = "version.carried-as-text";

    /// <summary>A value the target version does not have (a status, a measure type), sent as its nearest value.</summary>
    public const string Changed = "version.changed";

    /// <summary>A v1 document was read as v2; the note says what the reading changed or left out.</summary>
    public const string Upgraded = "version.upgraded";

    /// <summary>A partner's payload has a <c>schemaVersion</c> this gateway does not read.</summary>
    public const string Unsupported = "version.unsupported";
}
