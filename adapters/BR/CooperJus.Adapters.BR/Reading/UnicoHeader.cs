using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Reading;

/// <summary>What the root object says about every pedido of the file.</summary>
internal sealed record UnicoHeader
{
    /// <summary>When the export was generated (<c>geradoEm</c>), or the clock's time when the file does not say.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where <see cref="CreatedAt"/> was read, or null when it came from the clock.</summary>
    public SourceLocation? CreatedAtSource { get; init; }

    /// <summary>The national system (<c>sistema</c>).</summary>
    public required string NationalSystem { get; init; }

    /// <summary>Where <see cref="NationalSystem"/> was read.</summary>
    public required SourceLocation NationalSystemSource { get; init; }
}
