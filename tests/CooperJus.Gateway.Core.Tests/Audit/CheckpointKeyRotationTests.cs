using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>Years later the gateway signs with another key; what the old key signed must still verify.</summary>
public sealed class CheckpointKeyRotationTests
{
    [Test]
    public async Task Checkpoints_signed_before_a_key_rotation_verify_with_the_retired_public_key()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);
        await audit.CheckpointAsync();
        using var newKey = GatewayKey.Generate("pe-audit-2");
        var retired = PublicJwk.Parse(audit.Key.ExportPublicJwk());
        var rotated = new AuditCheckpoints(audit.Checkpoints.FilePath, newKey, "PE-MP", [retired]);
        await audit.AppendAsync(2);
        await rotated.WriteAsync(audit.Log, audit.Store.Clock, CancellationToken.None);

        var result = await new AuditVerifier(audit.Log, rotated).VerifyAsync(CancellationToken.None);

        Assert.That(result.IsIntact, Is.True, result.Problem);
        Assert.That(result.CheckpointsChecked, Is.EqualTo(2));
    }

    [Test]
    public async Task Without_the_retired_key_its_checkpoints_cannot_be_trusted()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);
        await audit.CheckpointAsync();
        using var newKey = GatewayKey.Generate("pe-audit-2");

        var result = await new AuditVerifier(audit.Log, new AuditCheckpoints(audit.Checkpoints.FilePath, newKey, "PE-MP")).VerifyAsync(CancellationToken.None);

        Assert.That(result.IsIntact, Is.False);
        Assert.That(result.Problem, Does.Contain("line 1").And.Contain("Audit:PreviousKeys"));
    }

    [Test]
    public void A_previous_key_without_its_kid_is_a_configuration_error()
    {
        using var key = GatewayKey.Generate("pe-old");
        var withoutKid = PublicJwk.Parse(key.ExportPublicJwk());
        withoutKid.Kid = null;
        var options = new AuditOptions();
        options.PreviousKeys.Add(withoutKid);

        Assert.That(options.Validate(), Has.Count.EqualTo(1).And.Some.Contains("PreviousKeys:0.Kid is missing"));
    }
}
