using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Identity.Rules;

namespace CooperJus.Gateway.Sdk.Identity;

/// <summary>Check-digit and structure rules for the identity numbers of the twelve countries (see docs/identity-numbers.md).</summary>
/// <remarks>
/// <para>
/// Rules: PE DNI (with or without its check character) and RUC; BR CPF and CNPJ (alphanumeric too); CL RUT/RUN;
/// EC cédula; SV DUI; GT DPI/CUI with department and municipality; HN DNI (structure); PA cédula (structure);
/// PY cédula (structure) and RUC; UY cédula; CU carné (length and birth date); ES DNI, NIE and NIF.
/// </para>
/// <para>
/// A document with no rule (passports, Peru's carné de extranjería, a type or country not listed) is
/// <see cref="Model.CheckDigitStatus.Unverified"/> with rule <c>none</c>: carried as it came, not an error.
/// </para>
/// </remarks>
public static class IdentityNumbers
{
    /// <summary>Checks <paramref name="number"/> (as written, punctuation allowed) as a <paramref name="nationalType"/> of <paramref name="country"/>.</summary>
    /// <param name="country">ISO alpha-2 code (alpha-3, numeric or a country name are understood too).</param>
    /// <param name="nationalType">The national name of the document (<c>DNI</c>, <c>CPF</c>, <c>Cédula</c>, <c>NIE</c>), any case, with or without accents.</param>
    /// <param name="number">The number as written: <c>390.533.447-05</c>, <c>12.531.909-2</c>, <c>16.727.230/0001-97</c>.</param>
    /// <returns>The outcome; never throws on bad input, an unreadable number is <see cref="Model.CheckDigitStatus.Invalid"/> with a reason.</returns>
    public static IdentityCheck Check(string country, string nationalType, string number)
    {
        var rule = Countries.TryNormalize(country, out var alpha2) ? IdentityRuleTable.Find(alpha2, nationalType) : null;
        return rule is null
            ? Verdict.Unverified(Verdict.NoRule)
            : rule.Check(number ?? "");
    }

    /// <summary>
    /// Whether a check-digit or structure rule is known for a <paramref name="nationalType"/> of
    /// <paramref name="country"/>, matched the way <see cref="Check"/> matches it (ignoring case, accents, spaces and
    /// punctuation). An adapter's tests use it to prove that a document the SDK can check never comes out
    /// <see cref="Model.CheckDigitStatus.Unverified"/> because its type was named otherwise.
    /// </summary>
    /// <param name="country">ISO alpha-2 code (alpha-3, numeric or a country name are understood too).</param>
    /// <param name="nationalType">The national name of the document (<c>DNI</c>, <c>CPF</c>, <c>NIE</c>).</param>
    /// <returns>True when <see cref="Check"/> would apply a rule rather than answer <c>none</c>.</returns>
    public static bool HasRule(string country, string nationalType) =>
        Countries.TryNormalize(country, out var alpha2) && IdentityRuleTable.Find(alpha2, nationalType) is not null;

    /// <summary>
    /// The document type names <see cref="Check"/> has a rule for in <paramref name="country"/> (<c>DNI</c>,
    /// <c>Documento Nacional de Identidad</c>, <c>RUC</c>…), so an adapter author or a test can say which name to use.
    /// </summary>
    /// <param name="country">ISO alpha-2 code (alpha-3, numeric or a country name are understood too).</param>
    /// <returns>The names, in the SDK's order; empty for a country with no rule.</returns>
    public static IReadOnlyList<string> TypesWithRules(string country) =>
        Countries.TryNormalize(country, out var alpha2) ? IdentityRuleTable.Names(alpha2) : [];
}
