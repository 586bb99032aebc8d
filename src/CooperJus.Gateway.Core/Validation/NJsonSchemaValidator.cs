using System.Text;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CooperJus.Gateway.Core.Validation;

/// <summary>Schema validation with NJsonSchema. The parsed schema is immutable after loading and safe to share.</summary>
public sealed class NJsonSchemaValidator : ISchemaValidator
{
    private readonly JsonSchema _schema;

    private NJsonSchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>A validator for the embedded schema <paramref name="resourceName"/> (see <see cref="CanonicalSchemas"/>).</summary>
    public static NJsonSchemaValidator ForEmbedded(string resourceName) =>
        new(JsonSchema.FromJsonAsync(CanonicalSchemas.Read(resourceName)).GetAwaiter().GetResult());

    /// <inheritdoc />
    public IReadOnlyList<SchemaViolation> Validate(string json)
    {
        var violations = new List<SchemaViolation>();
        try
        {
            Collect(_schema.Validate(json), violations);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            // NJsonSchema cannot compare a number beyond 64 bits with a minimum (it throws); such a document breaks the
            // schema all the same, and a partner must get a refusal naming it, not an unsigned error it retries.
            violations.Add(new SchemaViolation("", "NumberTooLarge", "a number in the document is too large to check (beyond 64 bits)"));
        }
        return violations;
    }

    private static void Collect(IEnumerable<ValidationError> errors, List<SchemaViolation> into)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
                foreach (var nested in child.Errors.Values) Collect(nested, into);
            into.Add(new SchemaViolation(ToPointer(error), error.Kind.ToString(), Describe(error)));
        }
    }

    /// <summary>NJsonSchema writes paths as <c>#/persons[0].birthDate</c>; the gateway speaks JSON pointers.</summary>
    internal static string ToPointer(ValidationError error)
    {
        var path = error.Path ?? "";
        if (path.StartsWith('#')) path = path[1..];
        var pointer = new StringBuilder();
        foreach (var c in path)
        {
            switch (c)
            {
                case '.' or '[' or '/': pointer.Append('/'); break;
                case ']': break;
                default: pointer.Append(c); break;
            }
        }
        var text = pointer.ToString().Replace("//", "/", StringComparison.Ordinal);
        // A missing required property is reported at its parent; name the property itself.
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } property && !text.EndsWith("/" + property, StringComparison.Ordinal))
            text = $"{text}/{property}";
        return text.Length > 1 ? text.TrimEnd('/') : text == "/" ? "" : text;
    }

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not part of the schema",
        ValidationErrorKind.PatternMismatch => $"value does not match the pattern {error.Schema?.Pattern}",
        ValidationErrorKind.NotInEnumeration => $"value is not one of: {string.Join(", ", error.Schema?.Enumeration ?? [])}",
        ValidationErrorKind.StringTooLong => $"text is longer than {error.Schema?.MaxLength} characters",
        ValidationErrorKind.StringTooShort => $"text is shorter than {error.Schema?.MinLength} characters",
        ValidationErrorKind.TooFewItems => $"list has fewer than {error.Schema?.MinItems} items",
        ValidationErrorKind.DateExpected => "value is not an ISO 8601 date (yyyy-MM-dd)",
        ValidationErrorKind.DateTimeExpected => "value is not an ISO 8601 date-time with offset",
        ValidationErrorKind.EmailExpected => "value is not an e-mail address",
        _ => $"value breaks the schema rule '{Words(error.Kind.ToString())}'",
    };

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
