using CooperJus.Gateway.Core.Storage;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>
/// The hot queries stay index-driven, so their cost does not grow with the millions of delivered rows nor the
/// 100,000 queued ones: no full scan of the outbox, no sort of a whole partner's queue.
/// </summary>
public sealed class QueryPlanTests
{
    [Test]
    public async Task Leasing_reads_the_pending_index_in_due_order_without_sorting()
    {
        var plan = await PlanAsync(OutboxCommands.LeaseSql);
        Assert.That(plan, Does.Contain("USING COVERING INDEX outbox_pending (partner_id=? AND due_at>? AND due_at<?)").And.Not.Contain("TEMP B-TREE"));
    }

    [Test]
    public async Task The_dispatcher_schedule_hops_from_partner_to_partner_in_the_pending_index()
    {
        var plan = await PlanAsync(OutboxQueries.ScheduleSql);
        Assert.That(plan, Does.Not.Contain("SCAN outbox").And.Contain("SEARCH outbox USING COVERING INDEX outbox_pending (partner_id>?)"));
    }

    [Test]
    public async Task Counting_per_partner_never_reads_delivered_rows()
    {
        var plan = await PlanAsync(OutboxQueries.CountsSql);
        Assert.That(plan, Does.Contain("outbox_pending").And.Contain("SEARCH outbox USING INDEX outbox_state (state=?)").And.Not.Contain("outbox_partner_state"));
    }

    [TestCase(OutboxState.DeadLettered, null, "outbox_state (state=? AND rowid>?)")]
    [TestCase(null, "es", "outbox_partner (partner_id=? AND rowid>?)")]
    [TestCase(OutboxState.Queued, "es", "outbox_partner_state (partner_id=? AND state=? AND rowid>?)")]
    public async Task Listing_pages_through_an_index_in_order_of_arrival(OutboxState? state, string? partner, string index)
    {
        var plan = await PlanAsync(OutboxQueries.ListSql(new OutboxQuery(state, partner)));
        Assert.That(plan, Does.Contain(index).And.Not.Contain("TEMP B-TREE"));
    }

    private static async Task<string> PlanAsync(string sql)
    {
        await using var harness = await StoreHarness.CreateAsync();
        using var connection = new SqliteConnection($"Data Source={harness.Options.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in new[] { "@owner", "@expires", "@now", "@partner", "@max", "@after", "@limit", "@state" }) command.Parameters.AddWithValue(name, 1);
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }
}
