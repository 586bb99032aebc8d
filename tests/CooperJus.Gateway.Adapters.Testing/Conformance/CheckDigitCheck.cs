using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Identity;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// A document whose (issuing country, national type) the SDK has a check-digit rule for is never left
/// <c>unverified</c> in a good sample's output: the adapter checked it with <see cref="IdentityNumbers.Check"/>
/// under the type name the SDK knows. A type named unlike the SDK's rule, or a check skipped, is caught here.
/// </summary>
internal static class CheckDigitCheck
{
    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        foreach (var run in a.GoodRuns)
        {
            foreach (var outcome in run.Accepted)
            {
                var where = $"{a.Relative(run.File)} record {outcome.Record.RecordId}";
                foreach (var (path, document) in Documents(JsonNode.Parse(outcome.CanonicalJson!), ""))
                {
                    if (CanonicalPointer.Text(document["checkDigit"]) != "unverified") continue;
                    var country = CanonicalPointer.Text(document["issuingCountry"]);
                    var type = CanonicalPointer.Text(document["nationalType"]) ?? "";
                    if (country is null || !IdentityNumbers.HasRule(country, type)) continue;
                    yield return a.Fail(ConformanceCheck.CheckDigits, where,
                        $"{path}: a {type} of {country} has a check-digit rule in the SDK but came out unverified: check the number with IdentityNumbers.Check(\"{country}\", \"{type}\", number) and record its status");
                }
            }
        }
    }

    /// <summary>Every object with a <c>number</c> and a <c>checkDigit</c>: identity documents and registration numbers.</summary>
    private static IEnumerable<(string Path, JsonObject Document)> Documents(JsonNode? node, string path) =>
        node switch
        {
            JsonObject obj when obj.ContainsKey("number") && obj.ContainsKey("checkDigit") => [(path, obj)],
            JsonObject obj => obj.SelectMany(p => Documents(p.Value, path + "/" + p.Key)),
            JsonArray array => array.SelectMany((item, i) => Documents(item, $"{path}/{i}")),
            _ => [],
        };
}
