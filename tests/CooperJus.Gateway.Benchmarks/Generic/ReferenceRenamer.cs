using System.Globalization;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// Gives each copy of a template its own national references: in a value equal to one of the samples' references,
/// the longest run of digits (the sequence, not the year, in <c>FEA-2024-000117</c>) becomes a number taken from a
/// counter shared by the whole file, padded to the run's width. Within one copy, a reference that appears twice gets
/// the same new value, so the rows or elements of one request stay together.
/// </summary>
internal sealed class ReferenceRenamer
{
    private readonly IReadOnlySet<string> _references;
    private readonly Dictionary<string, string> _copy = new(StringComparer.Ordinal);
    private long _counter;

    public ReferenceRenamer(IReadOnlySet<string> references) => _references = references;

    /// <summary>Starts a new copy: its references get new numbers.</summary>
    public void NextCopy() => _copy.Clear();

    /// <summary>The new value of <paramref name="value"/> in this copy, or null when it is not a reference.</summary>
    public string? Rename(string value)
    {
        if (_references.Count == 0 || value.Length == 0) return null;
        var key = value.Trim();
        if (!_references.Contains(key)) return null;
        if (!_copy.TryGetValue(key, out var renamed))
        {
            renamed = WithNumber(key, ++_counter);
            _copy[key] = renamed;
        }
        return renamed;
    }

    /// <summary><paramref name="reference"/> with its longest digit run (the last of equal ones) replaced by <paramref name="number"/>.</summary>
    public static string WithNumber(string reference, long number)
    {
        int bestStart = -1, bestLength = 0;
        for (var i = 0; i < reference.Length;)
        {
            if (!char.IsAsciiDigit(reference[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < reference.Length && char.IsAsciiDigit(reference[i])) i++;
            if (i - start >= bestLength) (bestStart, bestLength) = (start, i - start);
        }
        // No digits: the copies keep the sample's reference (the translator does not reject repeats).
        if (bestStart < 0) return reference;
        // Wraps past the run's width rather than widening it, which a format rule could reject.
        var modulus = bestLength >= 18 ? long.MaxValue : (long)Math.Pow(10, bestLength);
        var digits = (number % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(bestLength, '0');
        return string.Concat(reference.AsSpan(0, bestStart), digits, reference.AsSpan(bestStart + bestLength));
    }
}
