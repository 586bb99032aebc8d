using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using CooperJus.Gateway.Sdk.Tests.Support;
using CsCheck;

namespace CooperJus.Gateway.Sdk.Tests.Rendering;

/// <summary>A scope that declares nothing carried warns, once each, for exactly the non-empty leaves of any request.</summary>
public sealed class RenderScopePropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(Gen.Const(""), Gen.Const("  "), Gen.String[Gen.Char["aá ñ/~\"Ç1"], 1, 12]);

    private static readonly Gen<Person> Persons =
        Gen.Select(Text, Text.Null(), Text.List[0, 3], Gen.Enum<Sex>().Nullable(), Gen.Bool.Nullable(), Gen.Int[1900, 2020].Nullable(),
            (name, given, aliases, sex, minor, year) => new Person
            {
                Ref = "p",
                Role = PersonRole.Witness,
                FullName = name,
                GivenNames = given,
                Aliases = aliases,
                Sex = sex,
                Minor = minor,
                BirthDate = year is { } y ? new DateOnly(y, 1, 1) : null,
            });

    private static readonly Gen<Offence> Offences =
        Gen.Select(Text, Text.Null(), Gen.Int[-5, 500].Nullable(), (code, wording, months) => new Offence { NationalCode = code, NationalWording = wording, MaximumCustodialMonths = months });

    private static readonly Gen<CooperationRequest> Requests =
        Gen.Select(Text, Persons.List[0, 3], Offences.List[0, 2], Text.Null(), Gen.Enum<UrgencyLevel>(), Gen.Bool,
            (summary, persons, offences, reason, level, confidential) => Some.Request() with
            {
                Facts = new Facts { Summary = summary },
                Persons = persons,
                Offences = offences,
                Confidentiality = new Confidentiality { Confidential = confidential, Reason = reason },
                Urgency = new Urgency { Level = level },
                Measures = [],
                Assets = [],
                Organisations = [],
            });

    [Test]
    public void A_scope_declaring_nothing_warns_for_exactly_the_non_empty_leaves_of_a_random_request()
    {
        Requests.Sample(request =>
        {
            var warnings = new RenderScope(request, 0, "the test format", new CarriedPaths()).Complete();

            Assert.That(warnings.Select(w => w.CanonicalPath), Is.EqualTo(CanonicalLeafPointers.Of(request)));
            Assert.That(warnings, Has.All.Matches<Diagnostics.Problem>(w => w.Rule == RenderRules.NotCarried && !w.IsError));
        }, iter: 300);
    }
}
