using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Validation;

/// <summary>
/// The rules JSON Schema cannot say: check digits, dates against today and against each other, and references
/// between parts of the document. Each rule names the canonical path it concerns; the caller adds the source.
/// </summary>
internal static class SemanticRules
{
    public static IEnumerable<Problem> Check(CooperationRequest request, DateOnly today) =>
        CheckDigits(request)
            .Concat(BirthDates(request, today))
            .Concat(IssueDate(request))
            .Concat(Deadlines(request))
            .Concat(Periods(request))
            .Concat(References(request))
            .Concat(AttachmentNames(request))
            .Concat(AssetDetails(request))
            .Concat(CoerciveMeasures.Check(request));

    private static IEnumerable<Problem> CheckDigits(CooperationRequest request)
    {
        for (var p = 0; p < request.Persons.Count; p++)
            for (var d = 0; d < request.Persons[p].IdentityDocuments.Count; d++)
                if (CheckDocument(request.Persons[p].IdentityDocuments[d], "persons", p, "identityDocuments", d) is { } problem)
                    yield return problem;
        for (var o = 0; o < request.Organisations.Count; o++)
            for (var d = 0; d < request.Organisations[o].RegistrationNumbers.Count; d++)
                if (CheckDocument(request.Organisations[o].RegistrationNumbers[d], "organisations", o, "registrationNumbers", d) is { } problem)
                    yield return problem;
    }

    /// <summary>Checks document <paramref name="d"/> of item <paramref name="i"/> of <paramref name="parties"/>; the path is only written for a problem.</summary>
    private static Problem? CheckDocument(IdentityDocument document, string parties, int i, string documents, int d)
    {
        if (document.CheckDigit == CheckDigitStatus.Invalid)
            return Problem.Error(ValidationRules.CheckDigit, $"document number '{document.Number}' is marked as failing its check digit.", canonicalPath: $"/{parties}/{i}/{documents}/{d}/number");
        if (document.IssuingCountry is null || document.NationalType is null) return null;
        var check = IdentityNumbers.Check(document.IssuingCountry, document.NationalType, document.Number);
        return check.Status == CheckDigitStatus.Invalid
            ? Problem.Error(ValidationRules.CheckDigit, $"{document.IssuingCountry} {document.NationalType} '{document.Number}' is not valid: {check.Reason}", canonicalPath: $"/{parties}/{i}/{documents}/{d}/number")
            : null;
    }

    private static IEnumerable<Problem> BirthDates(CooperationRequest request, DateOnly today)
    {
        for (var p = 0; p < request.Persons.Count; p++)
            if (request.Persons[p].BirthDate is { } birth && birth > today)
                yield return Problem.Error(ValidationRules.BirthInFuture, $"birth date {birth:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}).", canonicalPath: $"/persons/{p}/birthDate");
    }

    /// <summary>The authority signs before the gateway reads the record, so a later signature date is a mistyped date.</summary>
    private static IEnumerable<Problem> IssueDate(CooperationRequest request)
    {
        var created = DateOnly.FromDateTime(request.CreatedAt.Date);
        if (request.IssuedOn is { } issued && issued > created)
            yield return Problem.Error(ValidationRules.IssuedAfterCreated, $"the request is dated {issued:yyyy-MM-dd}, after it was created ({created:yyyy-MM-dd}).", canonicalPath: "/issuedOn");
    }

    private static IEnumerable<Problem> Deadlines(CooperationRequest request)
    {
        var requestDate = DateOnly.FromDateTime(request.CreatedAt.Date);
        for (var d = 0; d < request.Urgency.Deadlines.Count; d++)
            if (request.Urgency.Deadlines[d].By is var by && by < requestDate)
                yield return DeadlineProblem(by, requestDate, $"/urgency/deadlines/{d}/by");
        for (var m = 0; m < request.Measures.Count; m++)
            if (request.Measures[m].RespondBy is { } measureDeadline && measureDeadline < requestDate)
                yield return DeadlineProblem(measureDeadline, requestDate, $"/measures/{m}/respondBy");
    }

    private static Problem DeadlineProblem(DateOnly deadline, DateOnly requestDate, string path) =>
        Problem.Error(ValidationRules.DeadlineBeforeRequest, $"deadline {deadline:yyyy-MM-dd} is before the request date {requestDate:yyyy-MM-dd}.", canonicalPath: path);

    private static IEnumerable<Problem> Periods(CooperationRequest request)
    {
        if (request.Facts.Period is { End: { } end } period && end < period.Start)
            yield return Reversed("the facts", end, period.Start, "/facts/period/end");
        for (var m = 0; m < request.Measures.Count; m++)
        {
            if (request.Measures[m].Banking?.Period is { End: { } bankingEnd } banking && bankingEnd < banking.Start)
                yield return Reversed("the banking records sought", bankingEnd, banking.Start, $"/measures/{m}/banking/period/end");
            if (request.Measures[m].Telecom?.Period is { End: { } telecomEnd } telecom && telecomEnd < telecom.Start)
                yield return Reversed("the telecommunications data sought", telecomEnd, telecom.Start, $"/measures/{m}/telecom/period/end");
        }
    }

    private static Problem Reversed(string what, DateOnly end, DateOnly start, string path) =>
        Problem.Error(ValidationRules.RangeReversed, $"the period of {what} ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", canonicalPath: path);

    /// <summary>
    /// File names that must name one of the request's attachments: a translation's original, a national order's file
    /// and a cultural object's photographs (the v1 schema already described photographs so; v2 checks it).
    /// </summary>
    private static IEnumerable<Problem> AttachmentNames(CooperationRequest request)
    {
        var names = request.Attachments.Select(a => a.FileName).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < request.Attachments.Count; i++)
            if (request.Attachments[i].TranslationOf is { } original && !names.Contains(original))
                yield return UnknownFile(original, $"/attachments/{i}/translationOf");
        for (var m = 0; m < request.Measures.Count; m++)
            if (request.Measures[m].NationalOrder?.AttachmentFileName is { } order && !names.Contains(order))
                yield return UnknownFile(order, $"/measures/{m}/nationalOrder/attachmentFileName");
        for (var a = 0; a < request.Assets.Count; a++)
        {
            var photographs = request.Assets[a].CulturalObject?.Photographs ?? [];
            for (var p = 0; p < photographs.Count; p++)
                if (!names.Contains(photographs[p]))
                    yield return MissingPhotograph(photographs[p], $"/assets/{a}/culturalObject/photographs/{p}");
        }
    }

    // A warning, not an error: version 1 described photographs as attachment names without enforcing it, so a v1
    // partner's request that names a photograph sent another way must still be accepted; the office is told.
    private static Problem MissingPhotograph(string fileName, string path) =>
        Problem.Warning(ValidationRules.UnknownAttachment, $"photograph '{fileName}' is not the file name of any attachment of the request: it does not travel with it.", canonicalPath: path);

    private static Problem UnknownFile(string fileName, string path) =>
        Problem.Error(ValidationRules.UnknownAttachment, $"'{fileName}' is not the file name of any attachment of the request.", canonicalPath: path);

    /// <summary>JSON Schema draft-07 as NJsonSchema reads it has no if/then, so "the detail matches the type" lives here.</summary>
    private static IEnumerable<Problem> AssetDetails(CooperationRequest request)
    {
        for (var a = 0; a < request.Assets.Count; a++)
        {
            var asset = request.Assets[a];
            if (asset.BankAccount is not null && asset.Type != AssetType.BankAccount)
                yield return DetailMismatch(a, "bankAccount", asset.Type);
            if (asset.RegisteredProperty is not null && asset.Type is not (AssetType.RealEstate or AssetType.Vehicle))
                yield return DetailMismatch(a, "registeredProperty", asset.Type);
            if (asset.CulturalObject is not null && asset.Type != AssetType.CulturalObject)
                yield return DetailMismatch(a, "culturalObject", asset.Type);
        }
    }

    private static Problem DetailMismatch(int index, string detail, AssetType type) =>
        Problem.Error(ValidationRules.AssetDetailMismatch, $"an asset of type '{Sdk.CanonicalCodes.ToCode(type)}' cannot carry '{detail}'.", canonicalPath: $"/assets/{index}/{detail}");

    internal static IEnumerable<Problem> References(CooperationRequest request)
    {
        // Every request passes here and nearly none has a duplicate ref: one dictionary answers every question below
        // (a ref of anything? of a person or organisation? of an asset, and of which type?); the general path, which
        // orders duplicates as GroupBy does, runs only when a ref repeats. Paths are only written for a problem.
        var owners = RefOwners(request);
        return owners is null ? ReferencesWithDuplicates(request) : UnknownRefs(request, owners);
    }

    /// <summary>Each ref and the asset it names (null for a person's or organisation's); null when some ref repeats.</summary>
    private static Dictionary<string, Asset?>? RefOwners(CooperationRequest request)
    {
        var owners = NewRefTable(request);
        for (var i = 0; i < request.Persons.Count; i++)
            if (!owners.TryAdd(request.Persons[i].Ref, null)) return null;
        for (var i = 0; i < request.Organisations.Count; i++)
            if (!owners.TryAdd(request.Organisations[i].Ref, null)) return null;
        for (var i = 0; i < request.Assets.Count; i++)
            if (!owners.TryAdd(request.Assets[i].Ref, request.Assets[i])) return null;
        return owners;
    }

    private static Dictionary<string, Asset?> NewRefTable(CooperationRequest request) =>
        new(request.Persons.Count + request.Organisations.Count + request.Assets.Count, StringComparer.Ordinal);

    internal static IEnumerable<Problem> ReferencesWithDuplicates(CooperationRequest request)
    {
        var refs = request.Persons.Select((x, i) => (x.Ref, List: "persons", Index: i, Asset: (Asset?)null))
            .Concat(request.Organisations.Select((x, i) => (x.Ref, List: "organisations", Index: i, Asset: (Asset?)null)))
            .Concat(request.Assets.Select((x, i) => (x.Ref, List: "assets", Index: i, Asset: (Asset?)x)))
            .ToList();
        foreach (var duplicate in refs.GroupBy(r => r.Ref, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First();
            yield return Problem.Error(ValidationRules.DuplicateRef, $"ref '{duplicate.Key}' is used {duplicate.Count()} times; refs must be unique.", canonicalPath: $"/{second.List}/{second.Index}/ref");
        }
        // A repeated ref counts as what it first names: persons and organisations come before assets.
        var owners = NewRefTable(request);
        foreach (var r in refs) owners.TryAdd(r.Ref, r.Asset);
        foreach (var problem in UnknownRefs(request, owners)) yield return problem;
    }

    private static IEnumerable<Problem> UnknownRefs(CooperationRequest request, Dictionary<string, Asset?> owners) =>
        UnknownMeasureRefs(request, owners).Concat(UnknownAssetRefs(request, owners));

    private static IEnumerable<Problem> UnknownMeasureRefs(CooperationRequest request, Dictionary<string, Asset?> owners)
    {
        for (var m = 0; m < request.Measures.Count; m++)
        {
            var measure = request.Measures[m];
            for (var s = 0; s < measure.Subjects.Count; s++)
                if (!owners.ContainsKey(measure.Subjects[s].Ref))
                    yield return Problem.Error(ValidationRules.UnknownMeasureTarget, $"measure subject '{measure.Subjects[s].Ref}' is not the ref of any person, organisation or asset.", canonicalPath: $"/measures/{m}/subjects/{s}/ref");
            var accounts = measure.Banking?.AccountRefs ?? [];
            for (var i = 0; i < accounts.Count; i++)
                if (!(owners.TryGetValue(accounts[i], out var asset) && asset is { Type: AssetType.BankAccount }))
                    yield return Problem.Error(ValidationRules.UnknownBankAccount, $"banking account ref '{accounts[i]}' is not the ref of any bank-account asset.", canonicalPath: $"/measures/{m}/banking/accountRefs/{i}");
        }
    }

    private static IEnumerable<Problem> UnknownAssetRefs(CooperationRequest request, Dictionary<string, Asset?> owners)
    {
        for (var a = 0; a < request.Assets.Count; a++)
        {
            var asset = request.Assets[a];
            for (var h = 0; h < asset.HolderRefs.Count; h++)
                if (!IsParty(owners, asset.HolderRefs[h]))
                    yield return Problem.Error(ValidationRules.UnknownAssetHolder, $"asset holder '{asset.HolderRefs[h]}' is not the ref of any person or organisation.", canonicalPath: $"/assets/{a}/holderRefs/{h}");
            for (var o = 0; o < asset.OwnerRefs.Count; o++)
                if (!IsParty(owners, asset.OwnerRefs[o]))
                    yield return Problem.Error(ValidationRules.UnknownAssetOwner, $"asset owner '{asset.OwnerRefs[o]}' is not the ref of any person or organisation.", canonicalPath: $"/assets/{a}/ownerRefs/{o}");
            var related = asset.CulturalObject?.RelatedObjectRefs ?? [];
            for (var r = 0; r < related.Count; r++)
                if (!(owners.TryGetValue(related[r], out var other) && other is not null))
                    yield return Problem.Error(ValidationRules.UnknownRelatedObject, $"related object '{related[r]}' is not the ref of any asset.", canonicalPath: $"/assets/{a}/culturalObject/relatedObjectRefs/{r}");
        }
    }

    private static bool IsParty(Dictionary<string, Asset?> owners, string reference) => owners.TryGetValue(reference, out var asset) && asset is null;
}
