using System.Globalization;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// The canonical paths of the items of one array (<c>/persons/3/birthDate</c>…), built once per index instead of
/// concatenated for every row: a request's mapping needs a few dozen of them, and they are the same for every request.
/// </summary>
internal sealed class IndexedPaths
{
    // Requests rarely have more items than this in one array; the few that do get their paths built on demand.
    private const int Precomputed = 32;

    private readonly string _array;
    private readonly string[] _suffixes;
    private readonly string[][] _table;

    /// <param name="array">The array's path with its trailing slash, for example <c>/persons/</c>.</param>
    /// <param name="suffixes">The paths under an item, for example <c>""</c> (the item itself) or <c>/birthDate</c>.</param>
    public IndexedPaths(string array, params string[] suffixes)
    {
        _array = array;
        _suffixes = suffixes;
        _table = new string[Precomputed][];
        for (var i = 0; i < Precomputed; i++) _table[i] = Build(i);
    }

    /// <summary>The paths of item <paramref name="index"/>, in the order of the suffixes given to the constructor.</summary>
    public string[] At(int index) => index < Precomputed ? _table[index] : Build(index);

    private string[] Build(int index)
    {
        var item = _array + index.ToString(CultureInfo.InvariantCulture);
        var paths = new string[_suffixes.Length];
        for (var s = 0; s < _suffixes.Length; s++) paths[s] = item + _suffixes[s];
        return paths;
    }
}
