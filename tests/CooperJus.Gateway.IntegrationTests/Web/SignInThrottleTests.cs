using CooperJus.Gateway.Web;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>Repeated wrong passwords lock an account name for a while, known or not.</summary>
[TestFixture]
public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public void A_name_is_locked_after_the_threshold_of_failures_and_free_again_after_the_lockout()
    {
        var throttle = new SignInThrottle(3, TimeSpan.FromMinutes(5), _clock);

        var locks = new[] { throttle.RecordFailure("ana"), throttle.RecordFailure("ANA"), throttle.RecordFailure(" ana ") };
        var lockedNow = throttle.IsLocked("ana");
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Multiple(() =>
        {
            Assert.That(locks, Is.EqualTo(new[] { false, false, true }));
            Assert.That(lockedNow, Is.True);
            Assert.That(throttle.IsLocked("ana"), Is.False);
            Assert.That(throttle.IsLocked("olga"), Is.False, "other names are not affected");
        });
    }

    [Test]
    public void A_right_password_starts_the_count_again()
    {
        var throttle = new SignInThrottle(3, TimeSpan.FromMinutes(5), _clock);
        throttle.RecordFailure("ana");
        throttle.RecordFailure("ana");

        throttle.RecordSuccess("ana");

        Assert.That(throttle.RecordFailure("ana"), Is.False);
        Assert.That(throttle.IsLocked("ana"), Is.False);
    }

    [Test]
    public void After_a_lock_runs_out_a_name_gets_a_full_set_of_tries_again()
    {
        var throttle = new SignInThrottle(2, TimeSpan.FromMinutes(1), _clock);
        throttle.RecordFailure("x");
        throttle.RecordFailure("x");
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That(throttle.RecordFailure("x"), Is.False);
        Assert.That(throttle.RecordFailure("x"), Is.True);
    }
}
