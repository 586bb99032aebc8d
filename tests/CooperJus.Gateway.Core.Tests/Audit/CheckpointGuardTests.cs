using System.Text;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>
/// The gateway's key never vouches for a log it cannot vouch for: whoever rewrites the database and deletes the
/// checkpoint file must not get a fresh, valid checkpoint over the forged log at the next tick.
/// </summary>
public sealed class CheckpointGuardTests
{
    [Test]
    public async Task Refuses_to_sign_over_a_log_that_no_longer_links_to_the_last_checkpoint()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);
        await audit.CheckpointAsync();
        await audit.AppendAsync(2);
        var header = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(audit.Header(5)).Replace("\"record\":\"1\"", "\"record\":\"9\"", StringComparison.Ordinal));
        audit.TamperBlob("audit_events", "header", 5, header);
        audit.Tamper($"UPDATE audit_events SET hash = '{AuditHeader.Hash(header)}' WHERE seq = 5;");

        Assert.That(audit.CheckpointAsync, Throws.InstanceOf<AuditCheckpointException>().With.Message.Contains("no longer matches the last checkpoint").And.Message.Contains("event 6"));
    }

    [Test]
    public async Task Refuses_to_start_a_new_checkpoint_file_for_a_log_that_records_earlier_checkpoints_unless_told_to()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);
        await audit.CheckpointAsync();
        File.Delete(audit.Checkpoints.FilePath);
        await audit.AppendAsync(1);

        Assert.That(audit.CheckpointAsync, Throws.InstanceOf<AuditCheckpointException>().With.Message.Contains("records that a checkpoint of event 3 was written"));
        var started = await audit.Checkpoints.WriteAsync(audit.Log, audit.Store.Clock, CancellationToken.None, startNewFile: true);
        Assert.That(started?.Sequence, Is.EqualTo(5));
    }

    [Test]
    public async Task After_an_operator_knowingly_starts_a_new_file_the_log_verifies_with_a_caveat_naming_who_and_when()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);
        await audit.CheckpointAsync();
        File.Delete(audit.Checkpoints.FilePath);
        await audit.Log.AppendAsync([new AuditEntry(AuditEventKinds.CheckpointFileStarted) { Actor = "olga" }], CancellationToken.None);
        await audit.Checkpoints.WriteAsync(audit.Log, audit.Store.Clock, CancellationToken.None, startNewFile: true);

        var result = await audit.VerifyAsync();

        Assert.That(result.IsIntact, Is.True, result.Problem);
        Assert.That(result.Caveat, Does.Contain("olga started a new checkpoint file").And.Contain("events up to 5"));
    }

    [Test]
    public async Task Refuses_a_first_checkpoint_for_a_log_whose_events_are_older_than_a_new_gateway_would_have()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);
        audit.Store.Clock.Advance(TimeSpan.FromHours(1));

        Assert.That(audit.CheckpointAsync, Throws.InstanceOf<AuditCheckpointException>().With.Message.Contains("has no checkpoint: it was moved, emptied or deleted"));
    }

    [Test]
    public async Task A_log_no_checkpoint_covers_is_not_called_intact()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);

        var result = await audit.VerifyAsync();

        Assert.That(result.IsIntact, Is.False);
        Assert.That(result.Problem, Does.Contain("no signed checkpoint covers any of the 3 events"));
    }

    [Test]
    public async Task A_whole_last_checkpoint_that_lost_its_line_break_still_counts_so_a_cut_tail_is_seen()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(10);
        await audit.CheckpointAsync();
        var text = await File.ReadAllTextAsync(audit.Checkpoints.FilePath);
        await File.WriteAllTextAsync(audit.Checkpoints.FilePath, text.TrimEnd('\n'));
        audit.Tamper("DELETE FROM audit_events WHERE seq >= 8; DELETE FROM audit_bodies WHERE seq >= 8;");

        var result = await audit.VerifyAsync();

        Assert.That(result.FirstBrokenEvent, Is.EqualTo(8));
        Assert.That(result.Problem, Does.Contain("truncated"));
    }

    [Test]
    public async Task The_next_checkpoint_gives_a_whole_last_line_its_line_break_back_instead_of_cutting_it()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(2);
        await audit.CheckpointAsync();
        var text = await File.ReadAllTextAsync(audit.Checkpoints.FilePath);
        await File.WriteAllTextAsync(audit.Checkpoints.FilePath, text.TrimEnd('\n'));
        await audit.AppendAsync(2);

        await audit.CheckpointAsync();

        Assert.That(audit.Checkpoints.Read().Select(l => l.Checkpoint?.Sequence), Is.EqualTo(new long?[] { 2, 5 }));
    }

    [Test]
    public async Task Parse_numbers_the_lines_of_the_text_it_was_given_even_when_the_file_has_grown_since()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(2);
        await audit.CheckpointAsync();
        var text = await File.ReadAllTextAsync(audit.Checkpoints.FilePath);
        await audit.AppendAsync(2);
        await audit.CheckpointAsync(); // The gateway appends a line after the text was read.

        var lines = audit.Checkpoints.Parse(text);

        Assert.That(lines.Select(l => (l.LineNumber, l.Checkpoint?.Sequence)), Is.EqualTo(new (int, long?)[] { (1, 2) }));
        Assert.That(text.Split('\n')[lines[0].LineNumber - 1], Does.Contain(lines[0].Checkpoint!.Jws));
    }
}
