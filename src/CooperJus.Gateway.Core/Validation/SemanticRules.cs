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
            .Concat(Deadlines(request))
            .Concat(Periods(request))
            .Concat(References(request))
            .Concat(AssetDetails(request));

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
            yield return Problem.Error(ValidationRules.RangeReversed, $"the period of the facts ends ({end:yyyy-MM-dd}) before it starts ({period.Start:yyyy-MM-dd}).", canonicalPath: "/facts/period/end");
    }

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
        // Every request passes here and nearly none has a duplicate ref: one dictionary answers both questions below
        // (a ref of anything? of a person or organisation?); the general path, which orders duplicates as GroupBy
        // does, runs only when a ref repeats. Paths are only written for a problem.
        var owners = RefOwners(request);
        return owners is null ? ReferencesWithDuplicates(request) : UnknownTargets(request, owners.ContainsKey, r => owners.TryGetValue(r, out var holder) && holder);
    }

    /// <summary>Each ref and whether it may hold an asset (a person's or organisation's); null when some ref repeats.</summary>
    private static Dictionary<string, bool>? RefOwners(CooperationRequest request)
    {
        var owners = new Dictionary<string, bool>(request.Persons.Count + request.Organisations.Count + request.Assets.Count, StringComparer.Ordinal);
        for (var i = 0; i < request.Persons.Count; i++)
            if (!owners.TryAdd(request.Persons[i].Ref, true)) return null;
        for (var i = 0; i < request.Organisations.Count; i++)
            if (!owners.TryAdd(request.Organisations[i].Ref, true)) return null;
        for (var i = 0; i < request.Assets.Count; i++)
            if (!owners.TryAdd(request.Assets[i].Ref, false)) return null;
        return owners;
    }

    internal static IEnumerable<Problem> ReferencesWithDuplicates(CooperationRequest request)
    {
        var refs = request.Persons.Select((x, i) => (x.Ref, List: "persons", Index: i))
            .Concat(request.Organisations.Select((x, i) => (x.Ref, List: "organisations", Index: i)))
            .Concat(request.Assets.Select((x, i) => (x.Ref, List: "assets", Index: i)))
            .ToList();
        foreach (var duplicate in refs.GroupBy(r => r.Ref, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First();
            yield return Problem.Error(ValidationRules.DuplicateRef, $"ref '{duplicate.Key}' is used {duplicate.Count()} times; refs must be unique.", canonicalPath: $"/{second.List}/{second.Index}/ref");
        }
        var known = refs.Select(r => r.Ref).ToHashSet(StringComparer.Ordinal);
        var holders = request.Persons.Select(p => p.Ref).Concat(request.Organisations.Select(o => o.Ref)).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in UnknownTargets(request, known.Contains, holders.Contains)) yield return problem;
    }

    private static IEnumerable<Problem> UnknownTargets(CooperationRequest request, Func<string, bool> isKnown, Func<string, bool> isHolder)
    {
        for (var m = 0; m < request.Measures.Count; m++)
            for (var s = 0; s < request.Measures[m].Subjects.Count; s++)
                if (!isKnown(request.Measures[m].Subjects[s].Ref))
                    yield return Problem.Error(ValidationRules.UnknownMeasureTarget, $"measure subject '{request.Measures[m].Subjects[s].Ref}' is not the ref of any person, organisation or asset.", canonicalPath: $"/measures/{m}/subjects/{s}/ref");
        for (var a = 0; a < request.Assets.Count; a++)
            for (var h = 0; h < request.Assets[a].HolderRefs.Count; h++)
                if (!isHolder(request.Assets[a].HolderRefs[h]))
                    yield return Problem.Error(ValidationRules.UnknownAssetHolder, $"asset holder '{request.Assets[a].HolderRefs[h]}' is not the ref of any person or organisation.", canonicalPath: $"/assets/{a}/holderRefs/{h}");
    }
}
