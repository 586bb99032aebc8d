using NJsonSchema.Validation;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// NJsonSchema nests the errors of array items under an <see cref="ValidationErrorKind.ArrayItemNotValid"/> error;
/// tests care about the leaf errors, each with its kind and path (<c>#/persons[0].birthDate</c>).
/// </summary>
internal static class ValidationErrors
{
    public static IReadOnlyList<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        [.. errors.SelectMany(e => e is ChildSchemaValidationError child ? Leaves(child.Errors.Values.SelectMany(v => v)) : [e])];

    public static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join(Environment.NewLine, Leaves(errors).Select(e => $"{e.Kind} at {e.Path}"));
}
