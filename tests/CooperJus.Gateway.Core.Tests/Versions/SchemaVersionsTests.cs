using CooperJus.Gateway.Core.Versions;

namespace CooperJus.Gateway.Core.Tests.Versions;

[TestFixture]
public sealed class SchemaVersionsTests
{
    [TestCase(new[] { "1.0" }, "1.0")]
    [TestCase(new[] { "1.0", "2.0" }, "2.0")]
    [TestCase(new[] { "2.0" }, "2.0")]
    [TestCase(new[] { "2.0", "3.0" }, "2.0")]
    [TestCase(new[] { "3.0" }, null)]
    public void Sends_the_highest_version_both_sides_know(string[] partner, string? expected) =>
        Assert.That(SchemaVersions.HighestCommon(partner), Is.EqualTo(expected));

    [TestCase("1.0", true)]
    [TestCase("2.0", true)]
    [TestCase("2", false)]
    [TestCase("1.1", false)]
    [TestCase("", false)]
    public void Knows_versions_only_as_written_exactly(string version, bool known) =>
        Assert.That(SchemaVersions.IsKnown(version), Is.EqualTo(known));
}
