using System.Collections.Frozen;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.PE;

/// <summary>
/// What the reader derives from each entry of a code list (a canonical enum, a split list), worked out once when the
/// adapter starts rather than from the entry's text for every row.
/// </summary>
/// <typeparam name="T">The derived value.</typeparam>
internal sealed class EntryFacts<T>
{
    private readonly FrozenDictionary<CodeListEntry, T> _byEntry;
    private readonly Func<CodeListEntry, T> _derive;

    public EntryFacts(CodeList list, Func<CodeListEntry, T> derive)
    {
        _derive = derive;
        // By reference: CodeList.Find returns the list's own entries, and a record's value equality would hash its values.
        _byEntry = list.Entries.ToFrozenDictionary<CodeListEntry, CodeListEntry, T>(e => e, derive, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The value derived from <paramref name="entry"/>.</summary>
    public T this[CodeListEntry entry] => _byEntry.TryGetValue(entry, out var value) ? value : _derive(entry);
}
