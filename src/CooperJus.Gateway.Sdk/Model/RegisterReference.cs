namespace CooperJus.Gateway.Sdk.Model;

/// <summary>An entry of a cultural object in a register.</summary>
public sealed record RegisterReference
{
    /// <summary>The register, as written (<c>INTERPOL Stolen Works of Art</c>, <c>Registro Nacional de Bienes Culturales</c>).</summary>
    public required string Register { get; init; }

    /// <summary>The object's reference in it.</summary>
    public required string Reference { get; init; }
}
