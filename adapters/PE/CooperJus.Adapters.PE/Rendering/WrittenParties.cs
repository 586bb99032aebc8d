namespace CooperJus.Adapters.PE.Rendering;

/// <summary>The refs of the persons, organisations and cultural objects written as rows, in row order.</summary>
internal sealed class WrittenParties
{
    public List<string> Persons { get; } = [];

    public List<string> Organisations { get; } = [];

    public List<string> Assets { get; } = [];

    /// <summary>The refs a measure concerning <paramref name="kinds"/> gets back when the file is read again.</summary>
    public IEnumerable<string> Targets(TargetKinds kinds) =>
        (kinds.HasFlag(TargetKinds.Persons) ? Persons : [])
            .Concat(kinds.HasFlag(TargetKinds.Organisations) ? Organisations : [])
            .Concat(kinds.HasFlag(TargetKinds.Assets) ? Assets : []);
}
