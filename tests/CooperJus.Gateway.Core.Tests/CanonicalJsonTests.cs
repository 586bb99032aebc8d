using System.Text.Json;
using CooperJus.Gateway.Core.Tests.Support;

namespace CooperJus.Gateway.Core.Tests;

/// <summary>The host's door to the SDK's canonical serializer options (those are tested in the SDK's own tests).</summary>
[TestFixture]
public sealed class CanonicalJsonTests
{
    [Test]
    public void Rejects_the_null_literal()
    {
        Assert.That(() => CanonicalJson.Deserialize("null"), Throws.InstanceOf<JsonException>());
        Assert.That(() => CanonicalJson.DeserializeResponse("null"), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Reads_back_what_it_writes()
    {
        var request = SomeRequests.Full();

        Assert.That(CanonicalJson.Serialize(CanonicalJson.Deserialize(CanonicalJson.Serialize(request))), Is.EqualTo(CanonicalJson.Serialize(request)));
    }
}
