using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk.Identity;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// A document whose (issuing country, national type) the SDK has a check-digit rule for is never left
/// <c>unverified</c> in a good sample's output: the adapter checked it with <see cref="IdentityNumbers.Check"/>
/// under the type name the SDK knows. A type named unlike the SDK's rule, or a check skipped, is caught here.
/// Any other unverified document of a country the SDK has rules for (not a passport) must be one the README lists in
/// its table <c>| unverified document type | why |</c>: otherwise it may be a known document under an unknown name.
/// </summary>
internal static class CheckDigitCheck
{
    /// <summary>The header of the README table of document types that have no check-digit rule.</summary>
    public static readonly string[] Header = ["unverified document type", "why"];

    public static IEnumerable<ConformanceFailure> Run(AdapterUnderTest a)
    {
        var declared = ReadmeTables.Rows(a.Readme, Header).SelectMany(r => r.Names).Select(Sources.ValueText.Key).ToHashSet(StringComparer.Ordinal);
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
                    if (country is null || CanonicalPointer.Text(document["type"]) == "passport") continue;
                    if (IdentityNumbers.HasRule(country, type))
                        yield return a.Fail(ConformanceCheck.CheckDigits, where,
                            $"{path}: a {type} of {country} has a check-digit rule in the SDK but came out unverified: check the number with IdentityNumbers.Check(\"{country}\", \"{type}\", number) and record its status");
                    else if (IdentityNumbers.TypesWithRules(country) is { Count: > 0 } known && !declared.Contains(Sources.ValueText.Key(type)))
                        yield return a.Fail(ConformanceCheck.CheckDigits, where,
                            $"{path}: a \"{type}\" of {country} came out unverified, and the SDK has rules for {country} ({string.Join(", ", known)}): if it is one of these, name its type as the SDK does; if it has no rule, list `{type}` in the README table `| unverified document type | why |` of {a.Relative(a.Readme)}");
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
