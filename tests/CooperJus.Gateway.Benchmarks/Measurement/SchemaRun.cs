using CooperJus.Gateway.Core.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>JSON Schema validation on its own: one <see cref="ISchemaValidator"/> over documents already in memory.</summary>
internal static class SchemaRun
{
    /// <summary>Validates every document; Accepted counts the valid ones, Rejected the others.</summary>
    public static RunCounts Run(ISchemaValidator validator, IReadOnlyList<string> documents)
    {
        long valid = 0, invalid = 0;
        string? firstProblem = null;
        foreach (var document in documents)
        {
            var violations = validator.Validate(document);
            if (violations.Count == 0)
            {
                valid++;
                continue;
            }
            invalid++;
            firstProblem ??= $"{violations[0].Path}: {violations[0].Message}";
        }
        return new RunCounts(valid, invalid, 0, 0, firstProblem);
    }

    /// <summary>
    /// Only the first half of NJsonSchema's work: reading each document into a Newtonsoft <see cref="JToken"/> the
    /// way <c>JsonSchema.Validate(string)</c> does, to tell parsing from validating.
    /// </summary>
    public static RunCounts ParseOnly(IReadOnlyList<string> documents)
    {
        long parsed = 0;
        foreach (var document in documents)
        {
            using var text = new StringReader(document);
            using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
            if (JToken.ReadFrom(reader).HasValues) parsed++;
        }
        return new RunCounts(parsed, 0, 0, 0);
    }
}
