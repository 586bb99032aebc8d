using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;

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

    /// <summary>Slots of <see cref="Recent"/>: a power of two, large enough that the 150-odd joins of a pedido seldom share one.</summary>
    private const int RecentSlots = 1 << 13;

    private static readonly ConcurrentDictionary<(string Parent, string Step), string> Known = new(new StepComparer());

    /// <summary>
    /// The last join seen per slot, found by the identity of its parent and step: the parents are paths this class
    /// returned and the steps are literals, so the same objects come back for every pedido, and comparing two references
    /// costs far less than hashing and comparing their text in <see cref="Known"/> (which a miss still consults). Each
    /// slot holds one immutable entry, replaced whole, so threads sharing the table see an entry or its successor.
    /// </summary>
    private static readonly RecentJoin?[] Recent = new RecentJoin?[RecentSlots];

    /// <summary><paramref name="parent"/> followed by <paramref name="step"/> (which starts with <c>/</c>).</summary>
    public static string Join(string parent, string step)
    {
        var slot = ((RuntimeHelpers.GetHashCode(parent) * 31) + RuntimeHelpers.GetHashCode(step)) & (RecentSlots - 1);
        if (Recent[slot] is { } recent && ReferenceEquals(recent.Parent, parent) && ReferenceEquals(recent.Step, step)) return recent.Path;
        var path = Find(parent, step);
        Recent[slot] = new RecentJoin(parent, step, path);
        return path;
    }

    private static string Find(string parent, string step)
    {
        if (Known.TryGetValue((parent, step), out var path)) return path;
        path = string.Concat(parent, step);
        if (Known.Count < MaxPaths) Known.TryAdd((parent, step), path);
        return path;
    }

    /// <summary>Item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) =>
        (uint)index < (uint)IndexSteps.Length ? Join(parent, IndexSteps[index]) : string.Concat(parent, "/", index.ToString(CultureInfo.InvariantCulture));

    /// <summary>One join remembered by identity.</summary>
    private sealed record RecentJoin(string Parent, string Step, string Path);

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
