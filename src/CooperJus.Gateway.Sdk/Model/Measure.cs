namespace CooperJus.Gateway.Sdk.Model;

/// <summary>An investigative measure requested.</summary>
public sealed record Measure
{
    /// <summary>Canonical measure type.</summary>
    public required MeasureType Type { get; init; }

    /// <summary>The national measure code as written (<c>INFORMACION_BANCARIA</c>).</summary>
    public string? NationalCode { get; init; }

    /// <summary>What exactly is sought.</summary>
    public string? Description { get; init; }

    /// <summary>Refs of the persons, organisations or assets the measure concerns; each must exist in the document.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Formalities or procedures the requesting State wishes followed (EIO section I).</summary>
    public string? Formalities { get; init; }

    /// <summary>A deadline for this measure alone.</summary>
    public DateOnly? RespondBy { get; init; }
}
