using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Adapters.Testing.Tests.Support;

/// <summary>The wrong mappings an adapter author makes, as rewrites of a correct adapter's results.</summary>
internal static partial class Mutations
{
    /// <summary>The lineage of a person's given names names the family-name column instead (value unchanged).</summary>
    public static RecordResult WrongLineageSource(RecordResult result) => result with
    {
        Lineage = [.. result.Lineage.Select(e => GivenNames().IsMatch(e.CanonicalPath)
            ? e with { Sources = [.. e.Sources.Select(s => s with { Field = "APELLIDO_PATERNO" })] }
            : e)],
    };

    /// <summary>Check digits never checked: every document unverified, no <c>identity.check-digit</c> error.</summary>
    public static RecordResult SkippedCheckDigit(RecordResult result) => result with
    {
        Request = Rewrite(result.Request, root => Unverify(root)),
        Problems = [.. result.Problems.Where(p => p.Rule != "identity.check-digit")],
    };

    /// <summary>The DNI called by another name, which the SDK has no rule for: every DNI comes out unverified.</summary>
    public static RecordResult DocumentTypeNamedOtherwise(RecordResult result) => result with
    {
        Request = Rewrite(result.Request, root => Rename(root)),
    };

    /// <summary>A column never read: no person has a birth date, and no lineage says otherwise.</summary>
    public static RecordResult BirthDateNeverRead(RecordResult result) => result with
    {
        Request = Rewrite(result.Request, root =>
        {
            foreach (var person in root["persons"]?.AsArray() ?? []) person?.AsObject().Remove("birthDate");
        }),
        Lineage = [.. result.Lineage.Where(e => !BirthDate().IsMatch(e.CanonicalPath))],
    };

    private static CooperationRequest? Rewrite(CooperationRequest? request, Action<JsonNode> change)
    {
        if (request is null) return null;
        var root = JsonNode.Parse(CanonicalJson.Serialize(request))!;
        change(root);
        return CanonicalJson.Deserialize(root.ToJsonString());
    }

    private static void Unverify(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("checkDigit")) obj["checkDigit"] = "unverified";
                foreach (var (_, child) in obj.ToList()) Unverify(child);
                break;
            case JsonArray array:
                foreach (var item in array) Unverify(item);
                break;
            default:
                break;
        }
    }

    private static void Rename(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["nationalType"]?.GetValue<string>() == "DNI")
                {
                    obj["nationalType"] = "Documento de Identidad";
                    obj["checkDigit"] = "unverified";
                }
                foreach (var (_, child) in obj.ToList()) Rename(child);
                break;
            case JsonArray array:
                foreach (var item in array) Rename(item);
                break;
            default:
                break;
        }
    }

    [GeneratedRegex(@"^/persons/\d+/givenNames$")]
    private static partial Regex GivenNames();

    [GeneratedRegex(@"^/persons/\d+/birthDate$")]
    private static partial Regex BirthDate();
}
