using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>Canonical cooperation requests as the real Peruvian adapter makes them, for tests that sign envelopes themselves.</summary>
internal static class CanonicalRequests
{
    /// <summary>The request of national number <paramref name="number"/> to <paramref name="country"/> (a Spanish country name).</summary>
    public static CooperationRequest Peruvian(string number, string country = "ESPAÑA")
    {
        var adapter = Catalogs.BuiltAdapters.Find("PE") ?? throw new InvalidOperationException("the PE adapter is not built into artifacts/adapters");
        var bytes = Encoding.UTF8.GetBytes(SgfExport.File(SgfExport.Row(number, country)));
        var record = adapter.Read(new SourceFile("solicitudes_test.csv", () => new MemoryStream(bytes))).Single();
        Assert.That(record.IsAccepted, Is.True, string.Join("; ", record.Problems));
        return record.Request!;
    }

    /// <summary>The payload of an envelope carrying <paramref name="request"/>, as the gateway seals it.</summary>
    public static JsonElement Payload(CooperationRequest request) => JsonSerializer.SerializeToElement(request, CanonicalJson.CompactOptions);

    /// <summary>The payload of an envelope carrying <paramref name="response"/>.</summary>
    public static JsonElement Payload(CooperationResponse response) => JsonSerializer.SerializeToElement(response, CanonicalJson.CompactOptions);

    /// <summary>A payload edited as JSON (to break the schema on purpose).</summary>
    public static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);
}
