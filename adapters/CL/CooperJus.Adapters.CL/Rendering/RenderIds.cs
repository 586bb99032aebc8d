using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>
/// The SAF <c>@id</c> given to each party and asset written (1, 2, 3… in the order written), so that
/// <c>Diligencia/@afectados</c> and <c>CuentaBancaria/@titular</c> can name them. A ref with no id was not written.
/// </summary>
internal sealed class RenderIds
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    /// <summary>Gives the next id to <paramref name="canonicalRef"/>.</summary>
    public string Assign(string canonicalRef)
    {
        var id = (_ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ids[canonicalRef] = id;
        return id;
    }

    /// <summary>The id of a ref written, or null.</summary>
    public string? Of(string canonicalRef) => _ids.GetValueOrDefault(canonicalRef);

    /// <summary>Whether the asset of <paramref name="asset"/> will be written (SAF has bank accounts and cultural objects only).</summary>
    public static bool IsWritable(Asset asset) =>
        asset.Type == AssetType.BankAccount && asset.BankAccount is not null || asset.Type == AssetType.CulturalObject && asset.CulturalObject is not null;
}
