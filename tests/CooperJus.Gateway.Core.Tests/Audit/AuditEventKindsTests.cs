using System.Reflection;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>The audit trail's documentation is the auditor's key to the log: it names every kind of event the gateway writes.</summary>
public sealed class AuditEventKindsTests
{
    [Test]
    public void Docs_list_every_event_kind()
    {
        var docs = File.ReadAllText(Path.Combine(Schemas.SchemaFiles.RepositoryRoot, "docs", "audit-trail.md"));
        var kinds = typeof(AuditEventKinds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.That(kinds, Is.Not.Empty);
        Assert.That(kinds.Where(k => !docs.Contains($"`{k}`", StringComparison.Ordinal)), Is.Empty, "kinds missing from docs/audit-trail.md");
    }
}
