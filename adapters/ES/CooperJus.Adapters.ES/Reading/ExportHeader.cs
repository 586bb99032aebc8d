using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.ES.Reading;

/// <summary>What the root element <c>Exportacion</c> says about every request of the file.</summary>
internal sealed record ExportHeader
{
    /// <summary>When the export was generated: every request's creation time. Null when <see cref="CreatedAtError"/> says why.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Where <c>@generada</c> is (or should be).</summary>
    public required SourceLocation Generada { get; init; }

    /// <summary>Why <c>@generada</c> gives no creation time; each request then carries this error.</summary>
    public Problem? CreatedAtError { get; init; }
}
