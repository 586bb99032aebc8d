using CooperJus.Adapters.__ID__.Mapping;
using CooperJus.Adapters.__ID__.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.__ID__.Rendering;

/// <summary>
/// The reverse of <see cref="RequestMapper"/>: the national field values of one canonical request, with the code lists
/// read backwards. Whatever would not read back the same is reported on <see cref="RenderNotes"/>.
/// </summary>
internal sealed class NationalValues(NationalCodeLists lists)
{
    public IReadOnlyList<KeyValuePair<string, string>> FieldsOf(CooperationRequest request, RenderNotes notes)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var issuer = request.IssuingAuthority;
        var reference = issuer.RequestReference ?? request.RequestId;
        Add(fields, NationalFields.Reference, reference, notes, "/issuingAuthority/requestReference");
        var rereadId = RequestIds.FromNationalReference(NationalDefaults.Country, NationalDefaults.NationalSystem, reference);
        if (rereadId == request.RequestId) notes.Written("/requestId");
        else notes.Altered("/requestId", $"is not carried: the export identifies a request by its {NationalFields.Reference}, so it reads back as {rereadId}.");
        Add(fields, NationalFields.Case, issuer.CaseReference, notes, "/issuingAuthority/caseReference");
        Add(fields, NationalFields.Office, issuer.Name, notes, "/issuingAuthority/name");
        Add(fields, NationalFields.Created, Conversions.FormatInstant(request.CreatedAt), notes, "/createdAt");
        Add(fields, NationalFields.RequestedCountry, request.RequestedAuthority.Country, notes, "/requestedAuthority/country");
        Add(fields, NationalFields.Summary, request.Facts.Summary, notes, "/facts/summary");
        Add(fields, NationalFields.Offences, OffenceCodes(request, notes), notes, null);
        Add(fields, NationalFields.Measures, MeasureCodes(request, notes), notes, null);
        AddPerson(fields, request, notes);
        Defaults(request, notes);
        return fields;
    }

    private void AddPerson(List<KeyValuePair<string, string>> fields, CooperationRequest request, RenderNotes notes)
    {
        if (request.Persons.Count == 0) return;
        var person = request.Persons[0];
        var role = lists.Roles.FindBy("role", CanonicalCodes.ToCode(person.Role));
        if (role is null)
        {
            notes.NotCarried("/persons/0", $"roles.csv has no national role for {CanonicalCodes.ToCode(person.Role)}.");
            return;
        }
        Add(fields, NationalFields.PersonName, person.FullName, notes, "/persons/0/fullName");
        fields.Add(new(NationalFields.PersonRole, role.Key));
        notes.Written("/persons/0/role");
        if (person.Ref == NationalDefaults.PersonRef) notes.Written("/persons/0/ref");
        else notes.Altered("/persons/0/ref", $"is {person.Ref}: the export names one person, who reads back as {NationalDefaults.PersonRef}.");
    }

    private string OffenceCodes(CooperationRequest request, RenderNotes notes)
    {
        var codes = new List<string>();
        for (var i = 0; i < request.Offences.Count; i++)
        {
            var offence = request.Offences[i];
            var path = $"/offences/{i}";
            if (offence.NationalCode.Contains(NationalFields.ListSeparator, StringComparison.Ordinal))
            {
                notes.NotCarried(path, $"its national code holds the list separator '{NationalFields.ListSeparator}'.");
                continue;
            }
            codes.Add(offence.NationalCode);
            notes.Written(path + "/nationalCode");
            var entry = lists.Offences.Find(offence.NationalCode);
            Reread(notes, path + "/iccsCode", offence.IccsCode, entry?["iccs"]);
            Reread(notes, path + "/legalProvision", offence.LegalProvision, entry?["provision"]);
        }
        return string.Join(NationalFields.ListSeparator, codes);
    }

    private string MeasureCodes(CooperationRequest request, RenderNotes notes)
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
                notes.NotCarried(path, $"measures.csv has no national code for {type}.");
                continue;
            }
            codes.Add(code);
            notes.Written(path + "/type");
            if (code == measure.NationalCode) notes.Written(path + "/nationalCode");
            else notes.Altered(path + "/nationalCode", $"is {measure.NationalCode ?? "empty"}: it is written as {code}, the national code of {type}.");
        }
        return string.Join(NationalFields.ListSeparator, codes);
    }

    /// <summary>The field is filled again from the code list on reading: written when it reads back the same.</summary>
    private static void Reread(RenderNotes notes, string path, string? value, string? reread)
    {
        if (value == reread) notes.Written(path);
        else notes.Altered(path, $"is {value ?? "empty"}: the code list gives {reread ?? "nothing"} for the national code, which is what reads back.");
    }

    /// <summary>Fields the reader fills in itself: carried when they hold the reader's value.</summary>
    private static void Defaults(CooperationRequest request, RenderNotes notes)
    {
        Default(notes, "/kind", CanonicalCodes.ToCode(request.Kind), CanonicalCodes.ToCode(RequestKind.MutualLegalAssistance));
        Default(notes, "/language", request.Language, NationalDefaults.Language);
        Default(notes, "/issuingAuthority/country", request.IssuingAuthority.Country, NationalDefaults.Country);
        Default(notes, "/issuingAuthority/nationalSystem", request.IssuingAuthority.NationalSystem, NationalDefaults.NationalSystem);
        Default(notes, "/urgency/level", CanonicalCodes.ToCode(request.Urgency.Level), CanonicalCodes.ToCode(UrgencyLevel.Normal));
        Default(notes, "/confidentiality/confidential", request.Confidentiality.Confidential ? "true" : "false", "false");
    }

    private static void Default(RenderNotes notes, string path, string value, string readBack)
    {
        if (value == readBack) notes.Written(path);
        else notes.Altered(path, $"is {value}: the export does not carry it, so it reads back as {readBack}.");
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string field, string? value, RenderNotes notes, string? canonicalPath)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (canonicalPath is not null)
        {
            if (RecordWriter.Carries(value)) notes.Written(canonicalPath);
            else
            {
                notes.NotCarried(canonicalPath, "it holds characters the export cannot write.");
                return;
            }
        }
        fields.Add(new(field, value));
    }
}
