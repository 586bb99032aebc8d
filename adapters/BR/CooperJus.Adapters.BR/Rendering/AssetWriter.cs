using System.Text.Json;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.BR.Rendering.JsonWriting;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>Writes <c>bens</c>, each with the properties of its tipo.</summary>
internal sealed class AssetWriter
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal) { ["BRL"] = "R$" };

    private readonly BrazilCodeLists _lists;
    private readonly RenderScope _scope;

    public AssetWriter(BrazilCodeLists lists, RenderScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    public void Write(Utf8JsonWriter writer, CooperationRequest request)
    {
        writer.WriteStartArray("bens");
        for (var i = 0; i < request.Assets.Count; i++) WriteAsset(writer, request.Assets[i], $"/assets/{i}");
        writer.WriteEndArray();
    }

    private void WriteAsset(Utf8JsonWriter writer, Asset asset, string path)
    {
        writer.WriteStartObject();
        writer.WriteString("id", asset.Ref);
        writer.WriteString("tipo", BrazilCodeLists.NationalCode(_lists.AssetTypes, BrazilCodeLists.AssetColumn, asset.Type));
        Optional(writer, "descricao", asset.Description ?? asset.CulturalObject?.Description);
        if (asset.Value is not null) writer.WriteString("valor", Amounts.Format(asset.Value, Symbols));
        if (asset.HolderRefs.Count > 0) Strings(writer, "titulares", asset.HolderRefs);
        if (asset.OwnerRefs.Count > 0) Strings(writer, "proprietarios", asset.OwnerRefs);
        Optional(writer, "localAtual", asset.CurrentLocation);
        switch (asset.Type)
        {
            case AssetType.BankAccount when asset.BankAccount is { } account:
                WriteBankAccount(writer, account);
                break;
            case AssetType.RealEstate when asset.RegisteredProperty is { } property:
                Optional(writer, "matricula", property.RegistryNumber);
                if (property.Location is not null)
                {
                    writer.WriteStartObject("endereco");
                    writer.WriteString("logradouro", property.Location);
                    writer.WriteEndObject();
                }
                break;
            case AssetType.Vehicle when asset.RegisteredProperty is { } property:
                Optional(writer, "placa", property.RegistryNumber);
                if (property.Location is not null) _scope.NotCarried(path + "/registeredProperty/location", "the layout has no place where a vehicle is registered.");
                break;
            case AssetType.CulturalObject when asset.CulturalObject is { } culturalObject:
                WriteCulturalObject(writer, culturalObject, asset.Description, path + "/culturalObject");
                break;
        }
        writer.WriteEndObject();
        NoteDescriptions(asset, path);
        NoteDetailsOfAnotherType(asset, path);
    }

    private static void WriteBankAccount(Utf8JsonWriter writer, BankAccount account)
    {
        Optional(writer, "banco", account.Bank);
        Optional(writer, "agencia", account.Branch);
        writer.WriteString("conta", account.AccountNumber);
        Country(writer, "pais", account.Country);
    }

    private void WriteCulturalObject(Utf8JsonWriter writer, CulturalObject culturalObject, string? assetDescription, string path)
    {
        writer.WriteString("tipoObjeto", culturalObject.ObjectType);
        if (culturalObject.Materials.Count > 0) Strings(writer, "materiais", culturalObject.Materials);
        Optional(writer, "dimensoes", culturalObject.Measurements);
        Optional(writer, "inscricoes", culturalObject.Inscriptions);
        Optional(writer, "caracteristicas", culturalObject.DistinguishingFeatures);
        Optional(writer, "titulo", culturalObject.Title);
        Optional(writer, "tema", culturalObject.Subject);
        Optional(writer, "periodo", culturalObject.DateOrPeriod);
        Optional(writer, "autoria", culturalObject.Maker);
        Optional(writer, "numeroInventario", culturalObject.InventoryNumber);
        Optional(writer, "origem", culturalObject.PlaceOfOrigin);
        if (culturalObject.Incident is { } incident)
        {
            writer.WriteStartObject("ocorrencia");
            writer.WriteString("tipo", BrazilCodeLists.NationalCode(_lists.IncidentTypes, BrazilCodeLists.IncidentColumn, incident.Type));
            Optional(writer, "data", incident.Date);
            Optional(writer, "local", incident.Place);
            if (incident.SiteType is { } site) writer.WriteString("tipoLocal", BrazilCodeLists.NationalCode(_lists.SiteTypes, BrazilCodeLists.SiteColumn, site));
            writer.WriteEndObject();
        }
        if (culturalObject.RegisterReferences.Count > 0)
        {
            writer.WriteStartArray("registros");
            foreach (var entry in culturalObject.RegisterReferences)
            {
                writer.WriteStartObject();
                writer.WriteString("cadastro", entry.Register);
                writer.WriteString("numero", entry.Reference);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        Optional(writer, "protecao", culturalObject.ProtectedStatus);
        if (culturalObject.RelatedObjectRefs.Count > 0) Strings(writer, "objetosRelacionados", culturalObject.RelatedObjectRefs);
        if (culturalObject.Photographs.Count > 0) Strings(writer, "fotografias", culturalObject.Photographs);
        if (assetDescription is not null && culturalObject.Description is not null && culturalObject.Description != assetDescription)
            _scope.NotCarried(path + "/description", "the layout has one descricao per bem, the asset's.");
    }

    /// <summary>
    /// The bem's one <c>descricao</c> reads back as the asset's description and, for a cultural object, as the object's:
    /// whichever of the two the request lacks comes back filled with the other.
    /// </summary>
    private void NoteDescriptions(Asset asset, string path)
    {
        var objectDescription = asset.CulturalObject?.Description;
        if (asset.Description is null && objectDescription is not null)
            _scope.Altered(path + "/description", "the layout has one descricao per bem: the object's description is written there, and reads back as the asset's description too.");
        if (asset.Type == AssetType.CulturalObject && asset.CulturalObject is not null && objectDescription is null && asset.Description is not null)
            _scope.Altered(path + "/culturalObject/description", "the layout has one descricao per bem: the asset's description is written there, and reads back as the object's description too.");
    }

    private void NoteDetailsOfAnotherType(Asset asset, string path)
    {
        if (asset.BankAccount is not null && asset.Type != AssetType.BankAccount) _scope.NotCarried(path + "/bankAccount", "the layout has bank details for a bank account only.");
        if (asset.RegisteredProperty is not null && asset.Type is not (AssetType.RealEstate or AssetType.Vehicle))
            _scope.NotCarried(path + "/registeredProperty", "the layout has registry details for real estate and vehicles only.");
        if (asset.CulturalObject is not null && asset.Type != AssetType.CulturalObject) _scope.NotCarried(path + "/culturalObject", "the layout has Object ID details for a cultural object only.");
    }
}
