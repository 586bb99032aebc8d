using System.Text.Json.Nodes;
using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Tests.Support.Results;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>bens: the kinds of asset, their amounts, owners and location, and the Object ID record of a cultural object.</summary>
public sealed class AssetMappingTests
{
    private static Asset ReadAsset(JsonObject bem)
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/bens/0", bem);
        return Accepted(ReadOne(pedido)).Assets.Single();
    }

    [Test]
    public void Maps_a_bank_account()
    {
        var asset = ReadAsset(new JsonObject
        {
            ["id"] = "B1", ["tipo"] = "CONTA_BANCARIA", ["descricao"] = "Conta em dólares.", ["valor"] = "US$ 1.250.000,00",
            ["titulares"] = new JsonArray("E1", "PJ1"), ["banco"] = "Banco de Crédito del Perú", ["agencia"] = "Miraflores",
            ["conta"] = "193-2847561-1-08", ["pais"] = "PER",
        });
        Assert.That(asset.Type, Is.EqualTo(AssetType.BankAccount));
        Assert.That(asset.Ref, Is.EqualTo("B1"));
        Assert.That(asset.Description, Is.EqualTo("Conta em dólares."));
        Assert.That(asset.Value, Is.EqualTo(new MonetaryAmount { Amount = "1250000.00", Currency = "USD" }));
        Assert.That(asset.HolderRefs, Is.EqualTo(new[] { "E1", "PJ1" }));
        Assert.That(asset.BankAccount, Is.EqualTo(new BankAccount { Bank = "Banco de Crédito del Perú", Branch = "Miraflores", AccountNumber = "193-2847561-1-08", Country = "PE" }));
    }

    [Test]
    public void Accepts_a_bem_without_id_and_names_it_by_its_place_in_bens()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/bens/0/id", null);
        var result = ReadOne(pedido);
        var asset = Accepted(result).Assets.Single();
        Assert.That(asset.Ref, Is.EqualTo("bens.0"));
        var lineage = result.Lineage.Single(e => e.CanonicalPath == "/assets/0/ref");
        Assert.That(lineage.Conversion, Is.EqualTo("ref-from-position"));
        Assert.That(lineage.Sources.Single().Path, Is.EqualTo("/pedidos/0/bens/0"));
        Assert.That(lineage.Sources.Single().Line, Is.GreaterThan(1));
    }

    [Test]
    public void Bens_without_id_get_distinct_refs_by_position_and_the_others_keep_theirs()
    {
        var pedido = PedidoFile.FullPedido();
        var bens = new JsonArray(
            new JsonObject { ["tipo"] = "VALOR", ["valor"] = "R$ 10,00" },
            new JsonObject { ["id"] = "B9", ["tipo"] = "VALOR", ["valor"] = "R$ 20,00" },
            new JsonObject { ["id"] = "", ["tipo"] = "VALOR", ["valor"] = "R$ 30,00" });
        PedidoFile.Set(pedido, "/bens", bens);
        var assets = Accepted(ReadOne(pedido)).Assets;
        Assert.That(assets.Select(a => a.Ref), Is.EqualTo(new[] { "bens.0", "B9", "bens.2" }));
    }

    [Test]
    public void Rejects_a_declared_id_that_a_bem_without_id_already_has_by_its_place()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/bens", new JsonArray(
            new JsonObject { ["tipo"] = "VALOR", ["valor"] = "R$ 10,00" },
            new JsonObject { ["id"] = "bens.0", ["tipo"] = "VALOR", ["valor"] = "R$ 20,00" }));
        var problem = Only(ReadOne(pedido), "br.duplicate-id");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/bens/1"));
        Assert.That(problem.Message, Does.Contain("already used at /pedidos/0/bens/0"));
    }

    [Test]
    public void Rejects_a_bank_account_without_conta()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/bens/0", new JsonObject { ["id"] = "B1", ["tipo"] = "CONTA_BANCARIA", ["banco"] = "BCP" });
        var problem = Only(ReadOne(pedido), "required");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/bens/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("conta"));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/assets/0/bankAccount/accountNumber"));
    }

    [Test]
    public void Maps_real_estate_with_registry_number_and_location()
    {
        var asset = Accepted(ReadOne(PedidoFile.FullPedido())).Assets.Single();
        Assert.That(asset.Type, Is.EqualTo(AssetType.RealEstate));
        Assert.That(asset.Value, Is.EqualTo(new MonetaryAmount { Amount = "1150000.00", Currency = "EUR" }));
        Assert.That(asset.RegisteredProperty, Is.EqualTo(new RegisteredProperty
        {
            RegistryNumber = "Finca 48.213", Location = "Calle de Serrano, 84, Madrid; Registro de la Propiedad nº 1 de Madrid",
        }));
    }

    [TestCase("BRA2E19", null, null, "BRA2E19")]
    [TestCase("BRA2E19", "01293847561", "WP1ZZZ9YZNDA12345", "BRA2E19; RENAVAM 01293847561; chassi WP1ZZZ9YZNDA12345")]
    [TestCase(null, "01293847561", null, "RENAVAM 01293847561")]
    public void Maps_a_vehicle_joining_plate_renavam_and_chassis(string? placa, string? renavam, string? chassi, string registryNumber)
    {
        var asset = ReadAsset(new JsonObject { ["id"] = "B1", ["tipo"] = "VEICULO", ["placa"] = placa, ["renavam"] = renavam, ["chassi"] = chassi });
        Assert.That(asset.Type, Is.EqualTo(AssetType.Vehicle));
        Assert.That(asset.RegisteredProperty!.RegistryNumber, Is.EqualTo(registryNumber));
    }

    [Test]
    public void Maps_a_sum_of_money()
    {
        var asset = ReadAsset(new JsonObject { ["id"] = "B1", ["tipo"] = "VALOR", ["descricao"] = "Propina paga.", ["valor"] = "R$ 1.234.567,89" });
        Assert.That(asset.Type, Is.EqualTo(AssetType.Money));
        Assert.That(asset.Value, Is.EqualTo(new MonetaryAmount { Amount = "1234567.89", Currency = "BRL" }));
        Assert.That(asset.BankAccount, Is.Null);
        Assert.That(asset.RegisteredProperty, Is.Null);
    }

    [Test]
    public void Maps_a_cultural_object_with_the_Object_ID_fields()
    {
        var asset = ReadAsset(new JsonObject
        {
            ["id"] = "B1", ["tipo"] = "BEM_CULTURAL", ["descricao"] = "Pintura a óleo com três figuras.", ["valor"] = "R$ 4.750.000,00",
            ["tipoObjeto"] = "Pintura", ["materiais"] = new JsonArray("óleo", "tela"), ["dimensoes"] = "100 x 81 cm", ["inscricoes"] = "A. Mendes 1931",
            ["caracteristicas"] = "Restauro no céu", ["titulo"] = "Mulheres na Ladeira", ["tema"] = "Três mulheres", ["periodo"] = "1931",
            ["autoria"] = "Aurélio Mendes", ["numeroInventario"] = "IPHAN-2022-004187", ["origem"] = "Ouro Preto, MG",
        });
        Assert.That(asset.Type, Is.EqualTo(AssetType.CulturalObject));
        Assert.That(asset.Description, Is.EqualTo("Pintura a óleo com três figuras."));
        var culturalObject = asset.CulturalObject!;
        Assert.That(culturalObject.Materials, Is.EqualTo(new[] { "óleo", "tela" }));
        Assert.That(culturalObject with { Materials = [] }, Is.EqualTo(new CulturalObject
        {
            ObjectType = "Pintura", Measurements = "100 x 81 cm", Inscriptions = "A. Mendes 1931", DistinguishingFeatures = "Restauro no céu",
            Title = "Mulheres na Ladeira", Subject = "Três mulheres", DateOrPeriod = "1931", Maker = "Aurélio Mendes",
            Description = "Pintura a óleo com três figuras.", InventoryNumber = "IPHAN-2022-004187", PlaceOfOrigin = "Ouro Preto, MG",
        }));
    }

    [Test]
    public void Maps_the_incident_registers_protection_related_objects_and_photographs_of_a_cultural_object()
    {
        var asset = ReadAsset(new JsonObject
        {
            ["id"] = "B1", ["tipo"] = "BEM_CULTURAL", ["tipoObjeto"] = "Imagem sacra",
            ["ocorrencia"] = JsonNode.Parse("""{ "tipo": "FURTO", "data": "2023-08-14", "local": "Igreja Matriz de Santo Antônio, Tiradentes (MG)", "tipoLocal": "IGREJA" }"""),
            ["registros"] = JsonNode.Parse("""[ { "cadastro": "IPHAN - Banco de Bens Culturais Procurados", "numero": "BCP-2023-0412" } ]"""),
            ["protecao"] = "Tombada pelo IPHAN (Livro do Tombo das Belas Artes)",
            ["objetosRelacionados"] = new JsonArray("E1"), ["fotografias"] = new JsonArray("decisao_bloqueio.pdf"),
        });
        var culturalObject = asset.CulturalObject!;
        Assert.That(culturalObject.Incident, Is.EqualTo(new CulturalIncident
        {
            Type = IncidentType.Theft, Date = new DateOnly(2023, 8, 14), Place = "Igreja Matriz de Santo Antônio, Tiradentes (MG)", SiteType = SiteType.ReligiousBuilding,
        }));
        Assert.That(culturalObject.RegisterReferences, Is.EqualTo(new[] { new RegisterReference { Register = "IPHAN - Banco de Bens Culturais Procurados", Reference = "BCP-2023-0412" } }));
        Assert.That(culturalObject.ProtectedStatus, Is.EqualTo("Tombada pelo IPHAN (Livro do Tombo das Belas Artes)"));
        Assert.That(culturalObject.RelatedObjectRefs, Is.EqualTo(new[] { "E1" }), "kept as written: core validation checks refs");
        Assert.That(culturalObject.Photographs, Is.EqualTo(new[] { "decisao_bloqueio.pdf" }));
    }

    [Test]
    public void Maps_the_owners_and_the_current_location_of_any_bem()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/bens/0/proprietarios", new JsonArray("PJ1"));
        PedidoFile.Set(pedido, "/bens/0/localAtual", "Madri");
        var asset = Accepted(ReadOne(pedido)).Assets.Single();
        Assert.That(asset.OwnerRefs, Is.EqualTo(new[] { "PJ1" }));
        Assert.That(asset.CurrentLocation, Is.EqualTo("Madri"));
    }

    [Test]
    public void Rejects_an_incident_without_its_type()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/bens/0", new JsonObject { ["id"] = "B1", ["tipo"] = "BEM_CULTURAL", ["tipoObjeto"] = "Pintura", ["ocorrencia"] = new JsonObject { ["data"] = "2023-08-14" } });
        Assert.That(Only(ReadOne(pedido), "required").CanonicalPath, Is.EqualTo("/assets/0/culturalObject/incident/type"));
    }

    [Test]
    public void Rejects_a_cultural_object_without_its_type()
    {
        var pedido = PedidoFile.FullPedido();
        PedidoFile.Set(pedido, "/bens/0", new JsonObject { ["id"] = "B1", ["tipo"] = "BEM_CULTURAL", ["titulo"] = "Sem tipo" });
        Assert.That(Only(ReadOne(pedido), "required").CanonicalPath, Is.EqualTo("/assets/0/culturalObject/objectType"));
    }

    [TestCase("R$ 1.234,5.6")]
    [TestCase("doze mil reais")]
    [TestCase("1.234,56")]
    [TestCase("$ 1.000,00")]
    public void Rejects_a_bad_amount(string valor)
    {
        var problem = Only(ReadWith(PedidoFile.FullPedido(), "/bens/0/valor", valor), "amount.invalid");
        Assert.That(problem.Source!.Path, Is.EqualTo("/pedidos/0/bens/0"));
        Assert.That(problem.Source!.Field, Is.EqualTo("valor"));
        Assert.That(problem.Source.Value, Is.EqualTo(valor));
        Assert.That(problem.CanonicalPath, Is.EqualTo("/assets/0/value"));
    }

    [Test]
    public void Rejects_an_unknown_kind_of_asset()
    {
        Assert.That(Only(ReadWith(PedidoFile.FullPedido(), "/bens/0/tipo", "ACOES"), "code-list.unknown").CanonicalPath, Is.EqualTo("/assets/0/type"));
    }

    [Test]
    public void Warns_about_a_property_that_belongs_to_another_kind_of_asset()
    {
        var result = ReadWith(PedidoFile.FullPedido(), "/bens/0/placa", "BRA2E19");
        Assert.That(result.IsAccepted, Is.True);
        Assert.That(Only(result, "json.unknown-property").Source!.Path, Is.EqualTo("/pedidos/0/bens/0"));
        Assert.That(Only(result, "json.unknown-property").Source!.Field, Is.EqualTo("placa"));
    }
}
