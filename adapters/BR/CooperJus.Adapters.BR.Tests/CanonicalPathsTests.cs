using CooperJus.Adapters.BR.Mapping;
using CsCheck;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>
/// Canonical paths are remembered by the identity of their parts, so a path must come out right whichever string
/// objects are passed: the same objects again, copies of them, or parts never seen before.
/// </summary>
public sealed class CanonicalPathsTests
{
    private static readonly string[] Steps = ["/ref", "/role", "/fullName", "/number", "/0", "/1", "/identityDocuments"];

    [Test]
    public void Join_gives_parent_then_step_for_the_same_objects_and_for_copies() =>
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, Steps.Length - 1], Gen.Bool).Sample((person, step, copy) =>
        {
            var parent = CanonicalPaths.Item("/persons", person);
            var asked = copy ? new string(parent.AsSpan()) : parent;
            var stepText = copy ? new string(Steps[step].AsSpan()) : Steps[step];
            return CanonicalPaths.Join(asked, stepText) == "/persons/" + person + Steps[step];
        }, iter: 300);

    [Test]
    public void Join_of_new_parts_gives_their_concatenation() =>
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 12], Gen.String[Gen.Char.AlphaNumeric, 1, 8]).Sample((parent, step) =>
            CanonicalPaths.Join("/" + parent, "/" + step) == "/" + parent + "/" + step, iter: 300);

    [TestCase(0, "/assets/0")]
    [TestCase(63, "/assets/63")]
    [TestCase(64, "/assets/64")]
    [TestCase(1000, "/assets/1000")]
    public void Item_appends_the_index(int index, string expected) =>
        Assert.That(CanonicalPaths.Item("/assets", index), Is.EqualTo(expected));
}
