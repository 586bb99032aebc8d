namespace CooperJus.Gateway.Core.Validation;

/// <summary>One way a JSON document breaks the canonical schema.</summary>
/// <param name="Path">JSON pointer of the offending value (<c>/persons/0/birthDate</c>); empty for the root.</param>
/// <param name="Kind">The schema rule broken, for example <c>PatternMismatch</c> or <c>PropertyRequired</c>.</param>
/// <param name="Message">The rule in words.</param>
public sealed record SchemaViolation(string Path, string Kind, string Message);
