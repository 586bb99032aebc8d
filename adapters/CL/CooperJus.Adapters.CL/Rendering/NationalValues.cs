using CooperJus.Adapters.CL.Mapping;
using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>
/// The reverse of <see cref="RequestMapper"/>: the national field values of one canonical request, with the code lists
/// read backwards. Whatever would not read back the same is reported on the request's <see cref="RenderScope"/>; the
/// fields it writes are declared in <see cref="NationalCarriedPaths"/>.
/// </summary>
internal sealed class NationalValues(NationalCodeLists lists)
{
    public IReadOnlyList<KeyValuePair<string, string>> FieldsOf(CooperationRequest request, RenderScope scope)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var issuer = request.IssuingAuthority;
        var reference = issuer.RequestReference ?? request.RequestId;
        Add(fields, NationalFields.Reference, reference, scope, "/issuingAuthority/requestReference");
        var rereadId = RequestIds.FromNationalReference(NationalDefaults.Country, NationalDefaults.NationalSystem, reference);
        if (rereadId != request.RequestId) scope.Altered("/requestId", $"the export identifies a request by its {NationalFields.Reference}, so it reads back as {rereadId}.");
        Add(fields, NationalFields.Case, issuer.CaseReference, scope, "/issuingAuthority/caseReference");
        Add(fields, NationalFields.Office, issuer.Name, scope, "/issuingAuthority/name");
        Add(fields, NationalFields.Created, Conversions.FormatInstant(request.CreatedAt), scope, "/createdAt");
        Add(fields, NationalFields.RequestedCountry, request.RequestedAuthority.Country, scope, "/requestedAuthority/country");
        Add(fields, NationalFields.Summary, request.Facts.Summary, scope, "/facts/summary");
        Add(fields, NationalFields.Offences, OffenceCodes(request, scope), scope, null);
        Add(fields, NationalFields.Measures, MeasureCodes(request, scope), scope, null);
        AddPerson(fields, request, scope);
        Defaults(request, scope);
        return fields;
    }

    private void AddPerson(List<KeyValuePair<string, string>> fields, CooperationRequest request, RenderScope scope)
    {
        if (request.Persons.Count == 0) return;
        var person = request.Persons[0];
        var role = lists.Roles.FindBy("role", CanonicalCodes.ToCode(person.Role));
        if (role is null)
        {
            scope.NotCarried("/persons/0", $"roles.csv has no national role for {CanonicalCodes.ToCode(person.Role)}.");
            return;
        }
        Add(fields, NationalFields.PersonName, person.FullName, scope, "/persons/0/fullName");
        fields.Add(new(NationalFields.PersonRole, role.Key));
        if (person.Ref != NationalDefaults.PersonRef) scope.Altered("/persons/0/ref", $"the export names one person, who reads back as {NationalDefaults.PersonRef}.");
    }

    private string OffenceCodes(CooperationRequest request, RenderScope scope)
    {
        var codes = new List<string>();
        for (var i = 0; i < request.Offences.Count; i++)
        {
            var offence = request.Offences[i];
            var path = $"/offences/{i}";
            if (offence.NationalCode.Contains(NationalFields.ListSeparator, StringComparison.Ordinal))
            {
                scope.NotCarried(path, $"its national code holds the list separator '{NationalFields.ListSeparator}'.");
                continue;
            }
            codes.Add(offence.NationalCode);
            var entry = lists.Offences.Find(offence.NationalCode);
            Reread(scope, path + "/iccsCode", offence.IccsCode, entry?["iccs"]);
            Reread(scope, path + "/legalProvision", offence.LegalProvision, entry?["provision"]);
        }
        return string.Join(NationalFields.ListSeparator, codes);
    }

    private string MeasureCodes(CooperationRequest request, RenderScope scope)
    {
        var codes = new List<string>();
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            var path = $"/measures/{i}";
            var type = CanonicalCodes.ToCode(measure.Type);
            // The national code as given when it means the same type; otherwise the first code listed for the type.
            var code = measure.NationalCode is { } given && lists.Measures.Find(given)?["type"] == type && !given.Contains(NationalFields.ListSeparator, StringComparison.Ordinal)
                ? given
                : lists.Measures.FindBy("type", type)?.Key;
            if (code is null)
            {
                scope.NotCarried(path, $"measures.csv has no national code for {type}.");
                continue;
            }
            codes.Add(code);
            if (code != measure.NationalCode) scope.Altered(path + "/nationalCode", $"it is written as {code}, the national code of {type}.");
        }
        return string.Join(NationalFields.ListSeparator, codes);
    }

    /// <summary>The field is filled again from the code list on reading: written when it reads back the same.</summary>
    private static void Reread(RenderScope scope, string path, string? value, string? reread)
    {
        if (value != reread) scope.Altered(path, $"the code list gives {reread ?? "nothing"} for the national code, which is what reads back.");
    }

    /// <summary>Fields the reader fills in itself: carried when they hold the reader's value.</summary>
    private static void Defaults(CooperationRequest request, RenderScope scope)
    {
        Default(scope, "/kind", CanonicalCodes.ToCode(request.Kind), CanonicalCodes.ToCode(RequestKind.MutualLegalAssistance));
        Default(scope, "/language", request.Language, NationalDefaults.Language);
        Default(scope, "/issuingAuthority/country", request.IssuingAuthority.Country, NationalDefaults.Country);
        Default(scope, "/issuingAuthority/nationalSystem", request.IssuingAuthority.NationalSystem, NationalDefaults.NationalSystem);
        Default(scope, "/urgency/level", CanonicalCodes.ToCode(request.Urgency.Level), CanonicalCodes.ToCode(UrgencyLevel.Normal));
        Default(scope, "/confidentiality/confidential", request.Confidentiality.Confidential ? "true" : "false", "false");
    }

    private static void Default(RenderScope scope, string path, string value, string readBack)
    {
        if (value != readBack) scope.Altered(path, $"the export does not carry it, so it reads back as {readBack}.");
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string field, string? value, RenderScope scope, string? canonicalPath)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (canonicalPath is not null && !RecordWriter.Carries(value))
        {
            scope.NotCarried(canonicalPath, "it holds characters the export cannot write.");
            return;
        }
        fields.Add(new(field, value));
    }
}
