using System.Reflection;
using System.Text.Json;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Tests;

public sealed class CanonicalCodesTests
{
    private static IEnumerable<Type> ModelEnums() =>
        typeof(CooperationRequest).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && t.Namespace == typeof(CooperationRequest).Namespace)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    [TestCase(MeasureType.BankInformation, "bank-information")]
    [TestCase(MeasureType.SearchAndSeizure, "search-and-seizure")]
    [TestCase(UrgencyLevel.VeryUrgent, "very-urgent")]
    [TestCase(PersonRole.ThirdParty, "third-party")]
    [TestCase(RequestKind.MutualLegalAssistance, "mutual-legal-assistance")]
    public void Code_is_the_kebab_case_name(object value, string code)
    {
        var toCode = typeof(CanonicalCodes).GetMethod(nameof(CanonicalCodes.ToCode))!.MakeGenericMethod(value.GetType());

        Assert.That(toCode.Invoke(null, [value]), Is.EqualTo(code));
    }

    [Test]
    public void TryParse_accepts_only_the_exact_code()
    {
        Assert.That(CanonicalCodes.TryParse<UrgencyLevel>("very-urgent", out var level), Is.True);
        Assert.That(level, Is.EqualTo(UrgencyLevel.VeryUrgent));
        Assert.That(CanonicalCodes.TryParse<UrgencyLevel>("Very-Urgent", out _), Is.False);
        Assert.That(CanonicalCodes.TryParse<UrgencyLevel>("VeryUrgent", out _), Is.False);
        Assert.That(CanonicalCodes.TryParse<UrgencyLevel>(null, out var none), Is.False);
        Assert.That(none, Is.Null);
    }

    [Test]
    public void All_lists_codes_in_declaration_order() =>
        Assert.That(CanonicalCodes.All<UrgencyLevel>(), Is.EqualTo(new[] { "normal", "urgent", "very-urgent" }));

    [TestCaseSource(nameof(ModelEnums))]
    public void Every_member_has_a_unique_kebab_case_code_that_round_trips(Type enumType)
    {
        var check = typeof(CanonicalCodesTests).GetMethod(nameof(RoundTrips), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(enumType);

        check.Invoke(null, null);
    }

    [Test]
    public void The_model_has_enums_to_check() => Assert.That(ModelEnums().Count(), Is.GreaterThanOrEqualTo(9));

    private static void RoundTrips<TEnum>() where TEnum : struct, Enum
    {
        var codes = CanonicalCodes.All<TEnum>();
        Assert.That(codes, Is.Unique);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var code = CanonicalCodes.ToCode(value);
            Assert.That(code, Does.Match("^[a-z0-9]+(-[a-z0-9]+)*$"));
            Assert.That(CanonicalCodes.TryParse<TEnum>(code, out var back), Is.True, code);
            Assert.That(back, Is.EqualTo(value));
            // The JSON writer must spell codes the same way, or documents and code lists would disagree.
            Assert.That(JsonSerializer.Serialize(value, CanonicalSerializerOptions.Indented), Is.EqualTo($"\"{code}\""));
        }
    }
}
