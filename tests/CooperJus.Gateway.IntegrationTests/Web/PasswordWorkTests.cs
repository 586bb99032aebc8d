using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// The bound on sign-in's hashing work: a few checks at once, a short queue, one check per client address; anything
/// beyond is refused at once, so a flood never makes a real sign-in wait behind it for long.
/// </summary>
[TestFixture]
public sealed class PasswordWorkTests
{
    [Test]
    public async Task One_address_gets_one_turn_at_a_time()
    {
        var work = new PasswordWork(concurrency: 2, queue: 4);
        var (first, _) = await work.EnterAsync("127.0.0.2", CancellationToken.None);

        var (second, refusal) = await work.EnterAsync("127.0.0.2", CancellationToken.None);
        var (other, _) = await work.EnterAsync("127.0.0.3", CancellationToken.None);
        first!.Dispose();
        var (again, _) = await work.EnterAsync("127.0.0.2", CancellationToken.None);

        Assert.That(second, Is.Null);
        Assert.That(refusal, Is.EqualTo(PasswordWorkRefusal.ClientBusy));
        Assert.That(other, Is.Not.Null, "another address is not held up");
        Assert.That(again, Is.Not.Null, "the address's turn came back");
        other!.Dispose();
        again!.Dispose();
    }

    [Test]
    public async Task Beyond_the_running_and_waiting_places_a_check_is_refused_at_once()
    {
        var work = new PasswordWork(concurrency: 1, queue: 2);
        var (running, _) = await work.EnterAsync("10.0.0.1", CancellationToken.None);
        var waiting = new[] { work.EnterAsync("10.0.0.2", CancellationToken.None), work.EnterAsync("10.0.0.3", CancellationToken.None) };

        var refused = work.EnterAsync("10.0.0.4", CancellationToken.None);

        Assert.That(refused.IsCompleted, Is.True, "refused without waiting");
        Assert.That((await refused).Refusal, Is.EqualTo(PasswordWorkRefusal.Saturated));
        Assert.That(waiting.Select(w => w.IsCompleted), Is.All.False, "two wait for the one running check");
        running!.Dispose();
        var next = await waiting[0];
        Assert.That(next.Turn, Is.Not.Null, "a waiting check runs when a turn is given back");
        Assert.That(waiting[1].IsCompleted, Is.False, "one at a time");
        next.Turn!.Dispose();
        (await waiting[1]).Turn!.Dispose();
    }

    [Test]
    public async Task A_check_that_gives_up_waiting_leaves_its_place()
    {
        var work = new PasswordWork(concurrency: 1, queue: 1);
        var (running, _) = await work.EnterAsync("10.0.0.1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = work.EnterAsync("10.0.0.2", cancel.Token);

        await cancel.CancelAsync();

        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        var retry = work.EnterAsync("10.0.0.2", CancellationToken.None);
        Assert.That(retry.IsCompleted, Is.False, "the address waits for a turn again rather than being refused");
        running!.Dispose();
        var (turn, _) = await retry;
        Assert.That(turn, Is.Not.Null);
        turn!.Dispose();
    }
}
