using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace CooperJus.Gateway.Sdk;

/// <summary>
/// Canonical codes are the kebab-case names of the model's enums (<see cref="Model.MeasureType.BankInformation"/> is
/// <c>bank-information</c>). Adapters keep them in their code-list files, so these helpers turn one into the other.
/// </summary>
public static class CanonicalCodes
{
    /// <summary>The canonical code of <paramref name="value"/>, for example <c>very-urgent</c>.</summary>
    public static string ToCode<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a canonical code (exact kebab-case) into the enum value.</summary>
    public static bool TryParse<TEnum>(string? code, [NotNullWhen(true)] out TEnum? value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(ToCode(candidate), code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>Every canonical code of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(ToCode)];
}
