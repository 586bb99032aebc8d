using CooperJus.Gateway.Web;
using CsCheck;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>The auditor accounts' password hashes: salted, slow, self-describing, compared in constant time.</summary>
[TestFixture]
public sealed class PasswordHashingTests
{
    private const int Fast = PasswordHashing.MinimumIterations;

    [Test]
    public void Verifies_the_password_the_hash_was_made_from()
    {
        var hash = Parse(PasswordHashing.Hash("Contraseña segura 2026", Fast));

        Assert.That(PasswordHashing.Verify("Contraseña segura 2026", hash), Is.True);
    }

    [TestCase("contraseña segura 2026", TestName = "Refuses_the_password_in_another_case")]
    [TestCase("Contraseña segura 202", TestName = "Refuses_the_password_missing_a_character")]
    [TestCase("", TestName = "Refuses_an_empty_password")]
    public void Refuses_a_wrong_password(string wrong)
    {
        var hash = Parse(PasswordHashing.Hash("Contraseña segura 2026", Fast));

        Assert.That(PasswordHashing.Verify(wrong, hash), Is.False);
    }

    [TestCase(2, TestName = "Refuses_the_password_against_a_hash_with_a_changed_salt")]
    [TestCase(3, TestName = "Refuses_the_password_against_a_hash_with_a_changed_key")]
    public void Refuses_the_password_against_a_tampered_hash(int part)
    {
        var parts = PasswordHashing.Hash("Contraseña segura 2026", Fast).Split('$');
        var bytes = Convert.FromBase64String(parts[part]);
        bytes[0] ^= 0x01;
        parts[part] = Convert.ToBase64String(bytes);

        Assert.That(PasswordHashing.Verify("Contraseña segura 2026", Parse(string.Join('$', parts))), Is.False);
    }

    [Test]
    public void Refuses_the_password_against_a_hash_whose_iteration_count_was_changed()
    {
        var parts = PasswordHashing.Hash("Contraseña segura 2026", Fast).Split('$');
        parts[1] = (Fast + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(PasswordHashing.Verify("Contraseña segura 2026", Parse(string.Join('$', parts))), Is.False);
    }

    [Test]
    public void The_same_password_hashes_differently_each_time_with_its_own_salt()
    {
        var first = PasswordHashing.Hash("same password for two", Fast);
        var second = PasswordHashing.Hash("same password for two", Fast);

        Assert.Multiple(() =>
        {
            Assert.That(first.Split('$')[2], Is.Not.EqualTo(second.Split('$')[2]), "salts differ");
            Assert.That(first, Is.Not.EqualTo(second));
            Assert.That(PasswordHashing.Verify("same password for two", Parse(first)) && PasswordHashing.Verify("same password for two", Parse(second)), Is.True);
        });
    }

    [Test]
    public void New_hashes_name_the_algorithm_and_the_default_iteration_count()
    {
        var hash = PasswordHashing.Hash("a password of some length");

        Assert.That(hash, Does.StartWith("pbkdf2-sha256$600000$"));
        Assert.That(Parse(hash).Salt, Has.Length.EqualTo(16));
    }

    [Test]
    public void Any_password_verifies_against_its_own_hash_and_not_against_another()
    {
        Gen.String.Select(Gen.String).Sample((password, other) =>
        {
            var hash = Parse(PasswordHashing.Hash(password, Fast));
            return PasswordHashing.Verify(password, hash) && (password == other || !PasswordHashing.Verify(other, hash));
        }, iter: 8);
    }

    [TestCase("", TestName = "An_empty_hash_is_malformed")]
    [TestCase("correct horse battery staple", TestName = "A_password_in_place_of_a_hash_is_malformed")]
    [TestCase("pbkdf2-sha1$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", TestName = "A_hash_of_another_algorithm_is_malformed")]
    [TestCase("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", TestName = "A_hash_with_too_few_iterations_is_refused")]
    [TestCase("pbkdf2-sha256$600000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", TestName = "A_hash_with_a_salt_that_is_not_base64_is_malformed")]
    [TestCase("pbkdf2-sha256$600000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", TestName = "A_hash_with_a_short_salt_is_malformed")]
    [TestCase("pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==", TestName = "A_hash_without_its_key_is_malformed")]
    public void Malformed_hashes_are_refused_with_a_reason(string text)
    {
        Assert.That(PasswordHashing.TryParse(text, out var hash, out var problem), Is.False);
        Assert.That(hash, Is.Null);
        Assert.That(problem, Is.Not.Empty);
    }

    private static ParsedPasswordHash Parse(string text)
    {
        Assert.That(PasswordHashing.TryParse(text, out var hash, out var problem), Is.True, problem);
        return hash!;
    }
}
