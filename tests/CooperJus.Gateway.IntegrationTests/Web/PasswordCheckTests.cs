using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The sign-in cost model: every attempt does the same PBKDF2 work (iterations × 32-byte blocks), whether the name is
/// an account or not, whether the password is right, and whatever parameters each account's hash was made with.
/// Counted through a stand-in derivation rather than timed: equal work is equal time for PBKDF2, and a count is exact.
/// </summary>
[TestFixture]
public sealed class PasswordCheckTests
{
    private const string Password = "the account's own password";
    private const string Wrong = "someone else's guess";

    private readonly CountingDerivation _counting = new();

    [Test]
    public void An_unknown_name_and_an_account_hashed_with_another_iteration_count_cost_the_same_work()
    {
        var other = Hash(200_000);
        var check = new PasswordCheck(_counting);
        var ceiling = PasswordCheck.Ceiling([other]);

        var unknown = WorkOf(() => check.Matches(Wrong, null, ceiling));
        var known = WorkOf(() => check.Matches(Wrong, other, ceiling));

        TestContext.Out.WriteLine($"unknown name: {unknown:N0} iterations; account hashed with 200,000: {known:N0}");
        Assert.That(known, Is.EqualTo(unknown));
        Assert.That(unknown, Is.EqualTo(PasswordHashing.DefaultIterations), "never less than a hash made now");
    }

    [TestCase(100_000)]
    [TestCase(600_000)]
    [TestCase(1_200_000)]
    public void Every_attempt_does_the_work_of_the_dearest_configured_hash(int iterations)
    {
        var account = Hash(iterations);
        var usual = Hash(PasswordHashing.DefaultIterations);
        var check = new PasswordCheck(_counting);
        var ceiling = PasswordCheck.Ceiling([account, usual]);

        var work = new Dictionary<string, long>
        {
            ["unknown name"] = WorkOf(() => check.Matches(Password, null, ceiling)),
            ["wrong password"] = WorkOf(() => check.Matches(Wrong, account, ceiling)),
            ["right password"] = WorkOf(() => Assert.That(check.Matches(Password, account, ceiling), Is.True)),
            ["other account, wrong password"] = WorkOf(() => check.Matches(Wrong, usual, ceiling)),
        };

        foreach (var (attempt, units) in work) TestContext.Out.WriteLine($"{attempt}: {units:N0}");
        Assert.That(work.Values, Is.All.EqualTo(Math.Max(iterations, PasswordHashing.DefaultIterations)));
    }

    [Test]
    public void A_key_of_two_blocks_costs_twice_its_iterations_and_the_others_are_padded_to_it()
    {
        var parts = PasswordHashing.Hash(Password, 400_000, _counting).Split('$');
        parts[3] = Convert.ToBase64String(_counting.Derive(Password, Convert.FromBase64String(parts[2]), 400_000, 64));
        var wide = Parse(string.Join('$', parts));
        var check = new PasswordCheck(_counting);
        var ceiling = PasswordCheck.Ceiling([wide, Hash(100_000)]);

        var right = WorkOf(() => Assert.That(check.Matches(Password, wide, ceiling), Is.True));
        var unknown = WorkOf(() => check.Matches(Password, null, ceiling));

        Assert.That(ceiling, Is.EqualTo(800_000));
        Assert.That((right, unknown), Is.EqualTo((800_000L, 800_000L)));
    }

    [Test]
    public void A_password_never_matches_when_the_name_is_no_account()
    {
        var check = new PasswordCheck(_counting);

        Assert.That(check.Matches("", null, PasswordHashing.CurrentCost), Is.False);
        Assert.That(check.Matches(Password, null, PasswordHashing.CurrentCost), Is.False);
    }

    private ParsedPasswordHash Hash(int iterations) => Parse(PasswordHashing.Hash(Password, iterations, _counting));

    private static ParsedPasswordHash Parse(string text)
    {
        Assert.That(PasswordHashing.TryParse(text, out var hash, out var problem), Is.True, problem);
        return hash!;
    }

    private long WorkOf(Action attempt)
    {
        _counting.Reset();
        attempt();
        return _counting.Work;
    }

    private long WorkOf(Func<bool> attempt) => WorkOf(() => { _ = attempt(); });
}
