using CooperJus.Gateway.Core.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>
/// A partner rotates its key without downtime: old and new key are both listed, with overlapping validity windows,
/// and each is honoured exactly inside its window widened by the clock-skew tolerance.
/// </summary>
[TestFixture]
public sealed class KeyRotationTests
{
    private static readonly DateTimeOffset Switch = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private GatewayKey _old = null!;
    private GatewayKey _new = null!;

    [SetUp]
    public void CreateKeys()
    {
        _old = GatewayKey.Generate("pe-2025-01");
        _new = GatewayKey.Generate("pe-2025-07");
    }

    [TearDown]
    public void DisposeKeys()
    {
        _old.Dispose();
        _new.Dispose();
    }

    [Test]
    public async Task Both_keys_verify_while_their_windows_overlap()
    {
        var at = Switch.AddDays(3);

        var byOld = await ReceiveAt(at, _old);
        var byNew = await ReceiveAt(at, _new);

        Assert.Multiple(() =>
        {
            Assert.That(byOld.Errors, Is.Empty);
            Assert.That(byNew.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task Expired_key_is_refused_once_past_its_window_and_the_skew()
    {
        var received = await ReceiveAt(Switch.AddDays(7).AddMinutes(5).AddSeconds(1), _old);

        Assert.That(received.Errors, Is.EqualTo(new[]
        {
            new ProtocolError(MessagingRules.EnvelopeKeyNotValidNow,
                "Key 'pe-2025-01' of partner 'pe-mpfn' is valid from the start until 2025-07-08T00:00:00.0000000+00:00; this gateway's clock says 2025-07-08T00:05:01.0000000+00:00 (clock-skew tolerance 00:05:00)."),
        }));
    }

    [Test]
    public async Task New_key_is_refused_before_its_window_opens_beyond_the_skew()
    {
        var received = await ReceiveAt(Switch.AddMinutes(-5).AddSeconds(-1), _new);

        Assert.That(received.Errors.Select(e => e.Rule), Is.EqualTo(new[] { MessagingRules.EnvelopeKeyNotValidNow }));
    }

    [TestCase(-5 * 60, true, TestName = "New key five minutes before its window opens: accepted")]
    [TestCase(-5 * 60 - 1, false, TestName = "New key five minutes and a second before its window opens: refused")]
    public async Task Skew_tolerance_widens_the_start_of_the_window(int secondsFromStart, bool accepted) =>
        Assert.That((await ReceiveAt(Switch.AddSeconds(secondsFromStart), _new)).IsValid, Is.EqualTo(accepted));

    [TestCase(5 * 60, true, TestName = "Old key five minutes after its window closed: accepted")]
    [TestCase(5 * 60 + 1, false, TestName = "Old key five minutes and a second after its window closed: refused")]
    public async Task Skew_tolerance_widens_the_end_of_the_window(int secondsFromEnd, bool accepted) =>
        Assert.That((await ReceiveAt(Switch.AddDays(7).AddSeconds(secondsFromEnd), _old)).IsValid, Is.EqualTo(accepted));

    [Test]
    public async Task Clock_skew_tolerance_is_configurable()
    {
        var received = await ReceiveAt(Switch.AddDays(7).AddMinutes(20), _old, clockSkew: TimeSpan.FromMinutes(30));

        Assert.That(received.Errors, Is.Empty);
    }

    [Test]
    public async Task Windows_reaching_the_ends_of_the_calendar_do_not_overflow()
    {
        var directory = Directories.Of(Directories.Partner(MessagingWorld.PeruId, "PE", (_old, DateTimeOffset.MinValue, DateTimeOffset.MaxValue)));
        var clock = new FakeTimeProvider(Switch);
        var sent = new EnvelopeSigner(_old, MessagingWorld.PeruId, clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, MessagingWorld.RequestPayload());
        var options = new MessagingOptions { GatewayId = MessagingWorld.SpainId, MaxMessageAge = TimeSpan.MaxValue };

        var received = await new EnvelopeVerifier(directory, options, clock).VerifyAsync(sent.Body);

        Assert.Multiple(() =>
        {
            Assert.That(received.Errors, Is.Empty);
            Assert.That(directory.ResolveKey(_old.KeyId, DateTimeOffset.MinValue).Status, Is.EqualTo(KeyResolutionStatus.Valid));
            Assert.That(directory.ResolveKey(_old.KeyId, DateTimeOffset.MaxValue).Status, Is.EqualTo(KeyResolutionStatus.Valid));
        });
    }

    [Test]
    public void Resolving_a_key_reports_valid_unknown_or_outside_its_window()
    {
        var directory = RotatingDirectory(PartnerDirectoryOptions.DefaultClockSkew);

        Assert.Multiple(() =>
        {
            Assert.That(directory.ResolveKey("pe-2025-07", Switch.AddDays(1)).Status, Is.EqualTo(KeyResolutionStatus.Valid));
            Assert.That(directory.ResolveKey("pe-2025-07", Switch.AddDays(-1)).Status, Is.EqualTo(KeyResolutionStatus.OutsideValidity));
            Assert.That(directory.ResolveKey("pe-2024-01", Switch).Status, Is.EqualTo(KeyResolutionStatus.Unknown));
            Assert.That(directory.ResolveKey("pe-2025-01", Switch).Partner!.Id, Is.EqualTo("pe-mpfn"));
        });
    }

    /// <summary>Spain's view at <paramref name="at"/> of an envelope Peru signed at that same instant with <paramref name="key"/>.</summary>
    private async Task<EnvelopeVerification> ReceiveAt(DateTimeOffset at, GatewayKey key, TimeSpan? clockSkew = null)
    {
        var clock = new FakeTimeProvider(at);
        var directory = RotatingDirectory(clockSkew ?? PartnerDirectoryOptions.DefaultClockSkew);
        var sent = new EnvelopeSigner(key, MessagingWorld.PeruId, clock).Seal(MessageType.CooperationRequest, MessagingWorld.SpainId, MessagingWorld.RequestPayload());
        var verifier = new EnvelopeVerifier(directory, new MessagingOptions { GatewayId = MessagingWorld.SpainId }, clock);
        return await verifier.VerifyAsync(sent.Body);
    }

    /// <summary>Peru's old key valid until a week after the switch; the new one from the switch on.</summary>
    private PartnerDirectory RotatingDirectory(TimeSpan clockSkew) =>
        Directories.Of(clockSkew, Directories.Partner(MessagingWorld.PeruId, "PE", (_old, null, Switch.AddDays(7)), (_new, Switch, null)));
}
