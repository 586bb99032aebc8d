using System.Collections.Concurrent;
using System.Globalization;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// Canonical paths, each kept once: every pedido maps to the same hundred-odd paths (<c>/persons/0/fullName</c>), and
/// building them anew for each one was a tenth of what mapping a pedido allocated. A path is found by its parent and
/// its last step without being built. Bounded, so a file with thousands of parties costs what it did before and no more.
/// </summary>
internal static class CanonicalPaths
{
    /// <summary>Paths kept at most (across files: the adapter's paths have few shapes).</summary>
    private const int MaxPaths = 1 << 14;

    private static readonly string[] IndexSteps = [.. Enumerable.Range(0, 64).Select(i => "/" + i.ToString(CultureInfo.InvariantCulture))];

    private static readonly ConcurrentDictionary<(string Parent, string Step), string> Known = new(new StepComparer());

    /// <summary><paramref name="parent"/> followed by <paramref name="step"/> (which starts with <c>/</c>).</summary>
    public static string Join(string parent, string step)
    {
        if (Known.TryGetValue((parent, step), out var path)) return path;
        path = string.Concat(parent, step);
        if (Known.Count < MaxPaths) Known.TryAdd((parent, step), path);
        return path;
    }

    /// <summary>Item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) =>
        (uint)index < (uint)IndexSteps.Length ? Join(parent, IndexSteps[index]) : string.Concat(parent, "/", index.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Compares by content; hashes the lengths and the last characters only, which is where the paths of one shape
    /// differ (their indexes and field names), so a lookup costs less than building the path.
    /// </summary>
    private sealed class StepComparer : IEqualityComparer<(string Parent, string Step)>
    {
        public bool Equals((string Parent, string Step) x, (string Parent, string Step) y) =>
            string.Equals(x.Step, y.Step, StringComparison.Ordinal) && string.Equals(x.Parent, y.Parent, StringComparison.Ordinal);

        public int GetHashCode((string Parent, string Step) obj) => HashCode.Combine(Tail(obj.Parent), Tail(obj.Step));

        private static int Tail(string text)
        {
            var hash = text.Length;
            for (var i = Math.Max(0, text.Length - 6); i < text.Length; i++) hash = (hash * 31) + text[i];
            return hash;
        }
    }
}
