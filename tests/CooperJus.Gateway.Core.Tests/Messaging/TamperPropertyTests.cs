using CooperJus.Gateway.Core.Messaging;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>Properties over many generated inputs: no change to a signed envelope gets through, and no input makes the verifier throw.</summary>
[TestFixture]
public sealed class TamperPropertyTests
{
    [Test]
    public void Any_single_byte_change_in_a_signed_envelope_is_never_accepted()
    {
        using var world = new MessagingWorld();
        var signed = world.SealRequest().Body.ToArray();
        var verifier = world.SpainVerifier;
        var changes = Gen.Select(Gen.Int[0, signed.Length - 1], Gen.Int[1, 255]);

        changes.Sample(
            (position, delta) =>
            {
                var changed = (byte[])signed.Clone();
                changed[position] = unchecked((byte)(changed[position] + delta));
                return !verifier.VerifyAsync(changed).GetAwaiter().GetResult().IsValid;
            },
            iter: 400);
    }

    /// <summary>Changes concentrated on the signature's last characters, where base64url has unused bits.</summary>
    [Test]
    public void No_other_spelling_of_the_last_signature_character_is_accepted()
    {
        using var world = new MessagingWorld();
        var jws = world.SealRequest().Jws;
        var verifier = world.SpainVerifier;
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        var accepted = alphabet.Where(c => c != jws[^1])
            .Where(c => verifier.VerifyAsync(Jws.Ascii(jws[..^1] + c)).GetAwaiter().GetResult().IsValid)
            .ToList();

        Assert.That(accepted, Is.Empty);
    }

    [Test]
    public void Arbitrary_bytes_are_refused_with_a_rule_and_never_throw()
    {
        using var world = new MessagingWorld();
        var verifier = world.SpainVerifier;

        Gen.Byte.Array[0, 300].Sample(
            bytes =>
            {
                var verdict = verifier.VerifyAsync(bytes).GetAwaiter().GetResult();
                return !verdict.IsValid && verdict.Errors.All(e => e.Rule.StartsWith("envelope.", StringComparison.Ordinal) && e.Message.Length > 0);
            },
            iter: 300);
    }

    [Test]
    public void Dotted_base64url_text_is_refused_with_a_rule_and_never_throws()
    {
        using var world = new MessagingWorld();
        var verifier = world.SpainVerifier;
        var part = Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"].Array[0, 60].Select(c => new string(c));

        Gen.Select(part, part, part).Sample(
            (header, payload, signature) => !verifier.VerifyAsync(Jws.Ascii($"{header}.{payload}.{signature}")).GetAwaiter().GetResult().IsValid,
            iter: 300);
    }
}
