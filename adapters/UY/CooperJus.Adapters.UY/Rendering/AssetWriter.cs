using System.Text.Json;
using CooperJus.Adapters.UY.Mapping;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using F = CooperJus.Adapters.UY.Reading.SippauFields;

namespace CooperJus.Adapters.UY.Rendering;

/// <summary>
/// Writes a request's bank accounts as cuentas and its cultural objects as bienes culturales; returns the refs written.
/// Other assets have no place in the export.
/// </summary>
internal sealed class AssetWriter
{
    public HashSet<string> Write(JsonLine line, CooperationRequest request, RenderScope scope, IReadOnlySet<string> parties)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        var accounts = new List<int>();
        var objects = new List<int>();
        for (var i = 0; i < request.Assets.Count; i++)
        {
            var asset = request.Assets[i];
            if (asset is { Type: AssetType.BankAccount, BankAccount: not null }) accounts.Add(i);
            else if (asset is { Type: AssetType.CulturalObject, CulturalObject: not null }) objects.Add(i);
            else scope.NotCarried($"/assets/{i}", "the export holds bank accounts (cuentas) and cultural objects (bienes culturales) only.");
        }
        // Reading gives the cuentas first, then the bienes culturales.
        if (accounts.Count > 0 && objects.Count > 0 && objects[0] < accounts[^1])
            scope.Altered("/assets", "the export lists cuentas before bienes culturales, so the assets read back in that order.");
        if (accounts.Count > 0)
        {
            line.Writer.WriteStartArray(F.Cuentas);
            foreach (var i in accounts) Cuenta(line.Writer, request.Assets[i], $"/assets/{i}", scope, parties);
            line.Writer.WriteEndArray();
        }
        if (objects.Count > 0)
        {
            line.Writer.WriteStartArray(F.BienesCulturales);
            foreach (var i in objects) Bien(line.Writer, request.Assets[i], $"/assets/{i}", scope);
            line.Writer.WriteEndArray();
        }
        foreach (var i in accounts.Concat(objects)) written.Add(request.Assets[i].Ref);
        return written;
    }

    private static void Cuenta(Utf8JsonWriter w, Asset asset, string path, RenderScope scope, IReadOnlySet<string> parties)
    {
        var account = asset.BankAccount!;
        w.WriteStartObject();
        w.WriteString(F.Id, asset.Ref);
        Optional(w, F.Banco, account.Bank);
        Optional(w, F.Sucursal, account.Branch);
        w.WriteString(F.NumeroCuenta, account.AccountNumber);
        Optional(w, F.Pais, account.Country);
        var holders = new List<string>();
        for (var h = 0; h < asset.HolderRefs.Count; h++)
        {
            if (parties.Contains(asset.HolderRefs[h])) holders.Add(asset.HolderRefs[h]);
            else scope.NotCarried($"{path}/holderRefs/{h}", "a titular must be a persona or empresa the export holds.");
        }
        if (holders.Count > 0)
        {
            w.WriteStartArray(F.Titulares);
            foreach (var holder in holders) w.WriteStringValue(holder);
            w.WriteEndArray();
        }
        if (asset.Value is { } value) w.WriteString(F.Saldo, UruguayanAmounts.Format(value));
        w.WriteEndObject();
    }

    private static void Bien(Utf8JsonWriter w, Asset asset, string path, RenderScope scope)
    {
        var o = asset.CulturalObject!;
        if (asset.HolderRefs.Count > 0) scope.NotCarried(path + "/holderRefs", "a bien cultural has no titulares in the export.");
        w.WriteStartObject();
        w.WriteString(F.Id, asset.Ref);
        w.WriteString(F.TipoObjeto, o.ObjectType);
        Optional(w, F.Titulo, o.Title);
        Optional(w, F.Autor, o.Maker);
        Optional(w, F.Epoca, o.DateOrPeriod);
        if (o.Materials.Count > 0)
        {
            w.WriteStartArray(F.Materiales);
            foreach (var material in o.Materials) w.WriteStringValue(material);
            w.WriteEndArray();
        }
        Optional(w, F.Dimensiones, o.Measurements);
        Optional(w, F.Descripcion, o.Description);
        Optional(w, F.NumeroInventario, o.InventoryNumber);
        Optional(w, F.Proteccion, o.ProtectedStatus);
        if (asset.Value is { } value) w.WriteString(F.ValorEstimado, UruguayanAmounts.Format(value));
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) w.WriteString(name, value);
    }
}
