using System.Text;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>
/// A stored header that is no longer what the gateway writes is one typed error, whatever is wrong with it, so the
/// verifier, evidence export, `audit show` and the auditor view each catch one thing.
/// </summary>
public sealed class AuditHeaderTests
{
    [TestCase("not json at all", TestName = "Not JSON")]
    [TestCase("[1,2,3]", TestName = "Not an object")]
    [TestCase("""{"seq":1,"prev":"00","kind":"x","actor":"gateway"}""", TestName = "A property missing")]
    [TestCase("""{"seq":"one","prev":"00","at":"2026-01-01T00:00:00.000Z","kind":"x","actor":"gateway"}""", TestName = "A property of another type")]
    [TestCase("""{"seq":1,"prev":"00","at":"yesterday","kind":"x","actor":"gateway"}""", TestName = "A time that is not one")]
    [TestCase("""{"seq":1,"prev":"00","at":"2026-01-01T00:00:00.000Z","kind":"x","actor":"gateway","body":{"size":1}}""", TestName = "A body without its hash")]
    public void An_unreadable_header_is_reported_as_an_altered_log(string header)
    {
        var error = Assert.Throws<AuditLogAlteredException>(() => AuditHeader.Parse(Encoding.UTF8.GetBytes(header), bodyPruned: false));

        Assert.That(error!.Message, Does.StartWith("an audit event's stored header is no longer readable"));
        Assert.That(error.InnerException, Is.Not.Null);
    }

    [Test]
    public void A_header_the_gateway_wrote_reads_back()
    {
        var header = AuditHeader.Write(7, AuditHeader.Genesis, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), new AuditEntry(AuditEventKinds.FileClaimed), null);

        var parsed = AuditHeader.Parse(header, bodyPruned: false);

        Assert.That((parsed.Sequence, parsed.Kind), Is.EqualTo((7L, AuditEventKinds.FileClaimed)));
    }
}
