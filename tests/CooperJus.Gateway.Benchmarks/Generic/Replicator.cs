using CooperJus.Gateway.Benchmarks.Generation;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// Writes a big export of one shape by copying the records (templates) of an adapter's good samples. Before the big
/// file is written, <see cref="TemplateTrial"/> may choose the header (the root whose attributes or properties every
/// record is read under: one candidate per sample file) and leave out templates the pipeline rejects.
/// </summary>
internal abstract class Replicator
{
    private readonly IReadOnlyList<string> _headerSources;
    private readonly int _templates;

    /// <param name="headerSources">The sample file each candidate header comes from (one entry for shapes without one).</param>
    /// <param name="templates">How many templates there are.</param>
    protected Replicator(IReadOnlyList<string> headerSources, int templates)
    {
        _headerSources = headerSources;
        _templates = templates;
        Kept = Enumerable.Range(0, templates).ToList();
    }

    /// <summary>What a record is in the report (<c>elements</c>, <c>lines</c>).</summary>
    public abstract string RecordName { get; }

    /// <summary>Average size of a copied record in the written file, to size a file in bytes.</summary>
    public abstract double AverageRecordBytes { get; }

    /// <summary>How many candidate headers there are.</summary>
    public int Headers => _headerSources.Count;

    /// <summary>How many templates there are.</summary>
    public int Templates => _templates;

    /// <summary>The header in use.</summary>
    public int Header { get; private set; }

    /// <summary>The templates in use.</summary>
    public IReadOnlyList<int> Kept { get; private set; }

    /// <summary>The sample file the header in use comes from.</summary>
    public string HeaderSource => _headerSources[Header];

    /// <summary>The sample file header <paramref name="header"/> comes from.</summary>
    public string HeaderSourceOf(int header) => _headerSources[header];

    /// <summary>The templates in words, for the report.</summary>
    public abstract string Describe();

    /// <summary>How many requests (outcomes of the translator) one copy of template <paramref name="template"/> gives.</summary>
    public virtual int RequestsOf(int template) => 1;

    /// <summary>Uses header <paramref name="header"/> and only templates <paramref name="kept"/> from now on.</summary>
    public void Use(int header, IReadOnlyList<int> kept)
    {
        Header = header;
        Kept = kept;
    }

    /// <summary>Writes <paramref name="records"/> records (CSV: whole blocks until at least that many rows), picked at random.</summary>
    public GeneratedFile Write(string path, long records, int seed)
    {
        var random = new Random(seed);
        return Write(path, Header, Picks(random), records);
    }

    /// <summary>Writes every template once, in order, under header <paramref name="header"/>: the trial file.</summary>
    public GeneratedFile WriteEach(string path, int header) => Write(path, header, Enumerable.Range(0, _templates), long.MaxValue);

    /// <summary>Writes copies of the templates <paramref name="picks"/> names until <paramref name="records"/> records or the end of the picks.</summary>
    protected abstract GeneratedFile Write(string path, int header, IEnumerable<int> picks, long records);

    private IEnumerable<int> Picks(Random random)
    {
        while (true) yield return Kept[random.Next(Kept.Count)];
    }
}
