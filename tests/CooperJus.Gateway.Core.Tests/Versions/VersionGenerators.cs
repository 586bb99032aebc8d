using CooperJus.Gateway.Core.Tests.Schemas;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Versions;

/// <summary>
/// <see cref="CanonicalGenerators"/> with the v2 fields a downgrade must notice filled in as well: person particulars,
/// subjects' capacities, hearing particulars, acknowledge deadlines, organisations' liability, and the response
/// lifecycle (refusal grounds, postponement, conditions, information needed, forwarding, substitutes, costs, use limitations).
/// </summary>
internal static class VersionGenerators
{
    private static readonly Gen<Func<Person, Person>> PersonExtra =
        Gen.Select(Gen.Nullable(Gen.Enum<Sex>()), Gen.Nullable(Gen.Bool), Gen.Nullable(Gen.Enum<CustodyStatus>()), Gen.OneOfConst("qu", "es", "ay").Array[0, 2],
            (sex, minor, custody, languages) => (Func<Person, Person>)(p => p with { Sex = sex, Minor = minor, Custody = custody, Languages = languages }));

    private static readonly Gen<HearingParticulars> Hearing =
        Gen.Select(Gen.Nullable(Gen.Enum<HearingModality>()), Gen.Nullable(Gen.Enum<HearingCapacity>()), CanonicalGenerators.Text.Array[0, 2],
            (modality, capacity, questions) => new HearingParticulars { Modality = modality, Capacity = capacity, Questions = questions });

    private static readonly Gen<Func<Measure, Measure>> MeasureExtra =
        Gen.Select(Gen.Nullable(Gen.Enum<SubjectCapacity>()), Gen.Null(Hearing), Gen.Null(CanonicalGenerators.Text),
            (capacity, hearing, purpose) => (Func<Measure, Measure>)(m => m with
            {
                Subjects = [.. m.Subjects.Select((s, i) => i == 0 ? s with { Capacity = capacity } : s)],
                Hearing = hearing,
                Purpose = purpose,
            }));

    /// <summary>A v2 request: any that <see cref="CanonicalGenerators.Request"/> makes, with v2 particulars on top.</summary>
    public static Gen<CooperationRequest> Request { get; } =
        from request in CanonicalGenerators.Request
        from persons in PersonExtra.Array[3]
        from measures in MeasureExtra.Array[3]
        from liabilities in Gen.Nullable(Gen.Enum<LiabilityRegime>()).Array[2]
        from acknowledge in Gen.Nullable(CanonicalGenerators.Date)
        select request with
        {
            Persons = [.. request.Persons.Select((p, i) => persons[i](p))],
            Measures = [.. request.Measures.Select((m, i) => measures[i](m))],
            Organisations = [.. request.Organisations.Select((o, i) => o with { Liability = liabilities[i] })],
            Urgency = acknowledge is { } ackBy ? request.Urgency with { Deadlines = [new Deadline { Kind = DeadlineKind.Acknowledge, By = ackBy }, .. request.Urgency.Deadlines] } : request.Urgency,
        };

    private static readonly Gen<Func<ResponseResult, ResponseResult>> ResultExtra =
        from grounds in Gen.Select(Gen.Enum<RefusalGroundCode>(), Gen.Null(CanonicalGenerators.Text), (code, why) => new RefusalGround { Code = code, Explanation = why }).Array[0, 2]
        from postponedUntil in Gen.Nullable(CanonicalGenerators.Date)
        from conditions in CanonicalGenerators.Text.Array[0, 2]
        from needed in Gen.Select(CanonicalGenerators.Text, Gen.Nullable(CanonicalGenerators.Date), (what, date) => new InformationNeeded { Description = what, By = date }).Array[0, 2]
        from forwardedTo in Gen.Null(CanonicalGenerators.Authority)
        from substitute in Gen.Nullable(Gen.Enum<MeasureType>())
        from costs in Gen.Null(Gen.Select(CanonicalGenerators.Amount, CanonicalGenerators.Currency, Gen.Bool, Gen.Null(CanonicalGenerators.Text),
            (amount, currency, extraordinary, description) => new ExecutionCosts { Amount = new MonetaryAmount { Amount = amount, Currency = currency }, Extraordinary = extraordinary, Description = description }))
        select (Func<ResponseResult, ResponseResult>)(r => r with
        {
            RefusalGrounds = grounds, PostponedUntil = postponedUntil, Conditions = conditions, InformationNeeded = needed, ForwardedTo = forwardedTo, SubstituteMeasure = substitute, Costs = costs,
        });

    /// <summary>A v2 response: any that <see cref="CanonicalGenerators.Response"/> makes, with the v2 lifecycle on top.</summary>
    public static Gen<CooperationResponse> Response { get; } =
        from response in CanonicalGenerators.Response
        from results in ResultExtra.Array[3]
        from limitations in Gen.Select(Gen.Enum<UseLimitationKind>(), CanonicalGenerators.Text, (kind, text) => new UseLimitation { Kind = kind, Text = text }).Array[0, 2]
        select response with { Results = [.. response.Results.Select((r, i) => results[i](r))], UseLimitations = limitations };
}
