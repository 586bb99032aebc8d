using CooperJus.Gateway.Core.Outbound;

namespace CooperJus.Gateway.Core.Tests.Outbound;

[TestFixture]
public sealed class MessageIdsTests
{
    [Test]
    public void The_same_request_to_the_same_partner_always_gets_the_same_message_id() =>
        Assert.That(MessageIds.ForRequest("6f1c0c1e-2b7a-8d4e-9f00-0123456789ab", "es"), Is.EqualTo("a46e92a0-b62f-8e55-9010-093e2c872004"));

    [Test]
    public void Different_partners_or_requests_get_different_ids()
    {
        var ids = new[]
        {
            MessageIds.ForRequest("a", "es"), MessageIds.ForRequest("a", "br"), MessageIds.ForRequest("b", "es"), MessageIds.ForResponse("a"),
        };

        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void Ids_are_lowercase_version_8_uuids() =>
        Assert.That(MessageIds.ForResponse("x"), Does.Match("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
}
