using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>Every status name the operator commands print is documented for scripts (docs/cli-json.md), in the words printed.</summary>
public sealed class StatusNamesDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(Schemas.SchemaFiles.RepositoryRoot, "docs", "cli-json.md"));

    [Test]
    public void Docs_list_every_request_status() => AssertListed(CanonicalCodes.All<RequestStatus>());

    [Test]
    public void Docs_list_every_outbox_state() => AssertListed(CanonicalCodes.All<OutboxState>());

    [Test]
    public void Docs_list_every_attempt_outcome() => AssertListed(CanonicalCodes.All<AttemptOutcome>());

    [Test]
    public void Docs_list_every_direction() => AssertListed(CanonicalCodes.All<RequestDirection>());

    private static void AssertListed(IReadOnlyList<string> names)
    {
        Assert.That(names, Is.Not.Empty);
        Assert.That(names.Where(n => !Docs.Contains($"`{n}`", StringComparison.Ordinal)), Is.Empty, "names missing from docs/cli-json.md");
    }
}
