using System.Diagnostics.CodeAnalysis;

namespace CooperJus.Gateway.Sdk;

/// <summary>
/// Canonical codes are the kebab-case names of the model's enums (<see cref="Model.MeasureType.BankInformation"/> is
/// <c>bank-information</c>). Adapters keep them in their code-list files, so these helpers turn one into the other.
/// </summary>
public static class CanonicalCodes
{
    /// <summary>The canonical code of <paramref name="value"/>, for example <c>very-urgent</c>.</summary>
    public static string ToCode<TEnum>(TEnum value) where TEnum : struct, Enum =>
        CanonicalCodeTable<TEnum>.ByValue.TryGetValue(value, out var code) ? code : CanonicalCodeTable<TEnum>.Compute(value);

    /// <summary>Parses a canonical code (exact kebab-case) into the enum value.</summary>
    public static bool TryParse<TEnum>(string? code, [NotNullWhen(true)] out TEnum? value) where TEnum : struct, Enum
    {
        if (code is not null && CanonicalCodeTable<TEnum>.ByCode.TryGetValue(code, out var found))
        {
            value = found;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Every canonical code of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => [.. CanonicalCodeTable<TEnum>.Values.Select(v => v.Code)];
}
