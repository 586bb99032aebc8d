using CooperJus.Gateway.Core.Delivery;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Delivery;

[TestFixture]
public sealed class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    [Test]
    public void Every_wait_is_longer_than_the_shortest_possible_one_before_it_until_the_cap() =>
        Gen.Int[1, 20].Select(Gen.Int).Sample((attempts, seed) =>
        {
            var longestBefore = Backoff.Next(attempts, Base, Max, null, new AlwaysMax(seed));
            var shortestAfter = Backoff.Next(attempts + 1, Base, Max, null, new AlwaysMin(seed));
            return shortestAfter >= longestBefore || longestBefore >= Max / 2;
        });

    [Test]
    public void Never_waits_longer_than_the_cap_unless_the_partner_asks() =>
        Gen.Int[1, 1000].Sample(attempts => Backoff.Next(attempts, Base, Max, null, Random.Shared) <= Max);

    [Test]
    public void Honours_a_retry_after_longer_than_its_own_wait() =>
        Assert.That(Backoff.Next(1, Base, Max, TimeSpan.FromMinutes(3), Random.Shared), Is.EqualTo(TimeSpan.FromMinutes(3)));

    [Test]
    public void Keeps_its_own_wait_when_the_retry_after_is_shorter() =>
        Assert.That(Backoff.Next(10, Base, Max, TimeSpan.FromMilliseconds(1), Random.Shared), Is.GreaterThanOrEqualTo(TimeSpan.FromMinutes(4)));

    private sealed class AlwaysMax(int seed) : Random(seed)
    {
        public override double NextDouble() => 1.0;
    }

    private sealed class AlwaysMin(int seed) : Random(seed)
    {
        public override double NextDouble() => 0.0;
    }
}
