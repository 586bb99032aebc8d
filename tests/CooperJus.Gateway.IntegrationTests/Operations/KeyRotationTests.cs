using System.Text.Json.Nodes;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Operations;

/// <summary>
/// The README's key-rotation procedure, step by step with the real commands: a new key (<c>keys generate</c>), the old
/// public key kept (<c>keys public</c> into <c>Audit:PreviousKeys</c>), the configuration switched: the audit log
/// signed with the old key still verifies, and checkpoints signed with the new one join it.
/// </summary>
[TestFixture]
public sealed class KeyRotationTests
{
    [Test]
    public async Task After_a_key_rotation_the_old_checkpoints_still_verify_and_new_ones_are_signed_with_the_new_key()
    {
        await using var pair = await AuditedGateways.StartAsync(forTheCommandLine: true);
        pair.WriteConfig(pair.ConfigFile, pair.Peru.StorePath);
        var before = JsonNode.Parse(File.ReadAllText(pair.ConfigFile))!.AsObject();
        var oldKid = before["Messaging"]!["KeyId"]!.GetValue<string>();
        var newKey = Path.Combine(pair.Peru.Root, "pe-rotated.key.pem");

        var generated = CliRunner.RunIn(pair.Peru.Root, "keys", "generate", "--kid", "pe-rotated", "--out", newKey);
        var oldPublic = CliRunner.RunIn(pair.Peru.Root, "keys", "public", "--kid", oldKid, "--key", pair.Peru.PrivateKeyFile);
        Assert.That(generated.ExitCode, Is.EqualTo(0), generated.All);
        Assert.That(oldPublic.ExitCode, Is.EqualTo(0), oldPublic.All);
        Assert.That(JsonNode.Parse(oldPublic.Output)!["kid"]!.GetValue<string>(), Is.EqualTo(oldKid));
        var rotated = Rotated(pair, "rotated.json", newKey, oldPublic.Output);
        var forgotten = Rotated(pair, "forgotten.json", newKey, previousKey: null);

        var verified = CliRunner.RunIn(pair.Peru.Root, "audit", "verify", "--config", rotated);
        var withoutPrevious = CliRunner.RunIn(pair.Peru.Root, "audit", "verify", "--config", forgotten);
        var signed = CliRunner.RunIn(pair.Peru.Root, "audit", "checkpoint", "--config", rotated);
        var afterwards = CliRunner.RunIn(pair.Peru.Root, "audit", "verify", "--config", rotated);

        Assert.That(verified.ExitCode, Is.EqualTo(0), verified.All);
        Assert.That(verified.Output.TrimEnd(), Does.EndWith("intact"));
        Assert.That(withoutPrevious.ExitCode, Is.EqualTo(1), "without Audit:PreviousKeys the old checkpoints cannot be trusted: " + withoutPrevious.All);
        Assert.That(signed.ExitCode, Is.EqualTo(0), signed.All);
        Assert.That(afterwards.ExitCode, Is.EqualTo(0), afterwards.All);
        Assert.That(afterwards.Output.TrimEnd(), Does.EndWith("intact"));
        var lastLine = File.ReadAllLines(Path.Combine(pair.Peru.Root, "audit-checkpoints.jwsl")).Last(l => l.Length > 0);
        var header = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(lastLine.Split('.')[0]));
        Assert.That(header, Does.Contain("\"kid\":\"pe-rotated\""), "the new checkpoint is signed with the new key");
    }

    /// <summary>The CLI configuration switched to <paramref name="newKey"/>, with <paramref name="previousKey"/> (a public JWK) under Audit:PreviousKeys.</summary>
    private static string Rotated(AuditedGateways pair, string name, string newKey, string? previousKey)
    {
        var file = Path.Combine(pair.Peru.Root, name);
        var root = JsonNode.Parse(File.ReadAllText(pair.ConfigFile))!.AsObject();
        root["Messaging"]!["KeyId"] = "pe-rotated";
        root["Messaging"]!["PrivateKeyFile"] = newKey;
        if (root["Audit"] is not JsonObject audit) root["Audit"] = audit = new JsonObject();
        audit["PreviousKeys"] = previousKey is null ? new JsonArray() : new JsonArray(JsonNode.Parse(previousKey));
        File.WriteAllText(file, root.ToJsonString());
        return file;
    }
}
