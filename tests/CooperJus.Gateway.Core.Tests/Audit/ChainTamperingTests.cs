using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Tests.Storage;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>
/// What `audit verify` promises an auditor: every way of altering the stored log is detected and the first broken
/// event is named. The attacks run as raw SQL on the real file, with the append-only triggers dropped first.
/// </summary>
public sealed class ChainTamperingTests
{
    [Test]
    public async Task An_untouched_log_with_checkpoints_verifies_as_intact()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(5);
        await audit.CheckpointAsync();
        await audit.AppendAsync(3);

        var result = await audit.VerifyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.IsIntact, Is.True, result.Problem);
            Assert.That(result.EventsChecked, Is.EqualTo(9), "5, the record of the checkpoint, 3");
            Assert.That(result.CheckpointsChecked, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Each_event_links_to_the_hash_of_the_one_before()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);

        var rows = audit.Log.ReadRows(1, null, CancellationToken.None).ToList();

        Assert.That(AuditHeader.TryReadLink(rows[0].Header, out _, out var first), Is.True);
        Assert.That(first, Is.EqualTo(AuditHeader.Genesis));
        for (var i = 1; i < rows.Count; i++)
        {
            AuditHeader.TryReadLink(rows[i].Header, out var sequence, out var previous);
            Assert.That((sequence, previous), Is.EqualTo((rows[i].Sequence, AuditHeader.Hash(rows[i - 1].Header))));
        }
    }

    [Test]
    public async Task Names_the_event_whose_header_has_one_byte_flipped()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(6);
        var header = audit.Header(3);
        header[header.Length / 2] ^= 0x01;
        audit.TamperBlob("audit_events", "header", 3, header);

        var result = await audit.VerifyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.IsIntact, Is.False);
            Assert.That(result.FirstBrokenEvent, Is.EqualTo(3));
            Assert.That(result.Problem, Does.Contain("event 3 was altered"));
        });
    }

    [Test]
    public async Task Names_the_event_whose_body_has_one_byte_flipped()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(6);
        var body = (byte[])RawDatabase.Scalar(audit.DatabasePath, "SELECT body FROM audit_bodies WHERE seq = 4")!;
        body[0] ^= 0x20;
        audit.TamperBlob("audit_bodies", "body", 4, body);

        var result = await audit.VerifyAsync();

        Assert.That((result.FirstBrokenEvent, result.Problem), Is.EqualTo((4L, result.Problem)));
        Assert.That(result.Problem, Does.Contain("event 4's body was altered"));
    }

    [Test]
    public async Task Names_the_event_whose_header_was_rewritten_with_its_hash_recomputed()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(4);
        var header = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(audit.Header(2)).Replace("\"kind\"", "\"kynd\"", StringComparison.Ordinal));
        audit.TamperBlob("audit_events", "header", 2, header);
        audit.Tamper($"UPDATE audit_events SET hash = '{AuditHeader.Hash(header)}' WHERE seq = 2;");

        var result = await audit.VerifyAsync();

        Assert.That(result.FirstBrokenEvent, Is.EqualTo(2));
        Assert.That(result.Problem, Does.Contain("event 2 was altered: its header is no longer a readable audit header"));
    }

    [Test]
    public async Task Names_the_event_whose_body_was_removed_by_hand_and_marked_as_pruned()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(5);
        audit.Tamper($"UPDATE audit_bodies SET body = NULL, pruned_at = {audit.Store.Clock.GetUtcNow().ToUnixTimeMilliseconds()} WHERE seq = 2;");

        var result = await audit.VerifyAsync();

        Assert.That(result.FirstBrokenEvent, Is.EqualTo(2));
        Assert.That(result.Problem, Does.Contain("event 2's body is marked as pruned, but no retention run"));
    }

    [Test]
    public async Task Names_the_event_whose_recorded_time_was_moved_back_so_retention_would_prune_it_early()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(4);
        audit.Tamper("UPDATE audit_events SET recorded_at = recorded_at - 86400000 * 400 WHERE seq = 3;");

        var result = await audit.VerifyAsync();

        Assert.That(result.FirstBrokenEvent, Is.EqualTo(3));
        Assert.That(result.Problem, Does.Contain("indexed columns").And.Contain("time"));
    }

    [Test]
    public async Task Names_the_place_of_a_deleted_event()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(6);
        audit.Tamper("DELETE FROM audit_events WHERE seq = 3; DELETE FROM audit_bodies WHERE seq = 3;");

        var result = await audit.VerifyAsync();

        Assert.That(result.FirstBrokenEvent, Is.EqualTo(3));
        Assert.That(result.Problem, Does.Contain("event 3 is missing"));
    }

    [Test]
    public async Task Names_the_first_of_two_swapped_events()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(6);
        // Both rows keep their keys but take each other's content, hashes included: the order of the log changed.
        audit.Tamper(
            """
            UPDATE audit_events SET seq = -4 WHERE seq = 4; UPDATE audit_events SET seq = 4 WHERE seq = 3; UPDATE audit_events SET seq = 3 WHERE seq = -4;
            UPDATE audit_bodies SET seq = -4 WHERE seq = 4; UPDATE audit_bodies SET seq = 4 WHERE seq = 3; UPDATE audit_bodies SET seq = 3 WHERE seq = -4;
            """);

        var result = await audit.VerifyAsync();

        Assert.That(result.FirstBrokenEvent, Is.EqualTo(3));
        Assert.That(result.Problem, Does.Contain("event 3 holds the header of event 4"));
    }

    [Test]
    public async Task Names_the_first_removed_event_of_a_truncated_tail_from_the_signed_checkpoint()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(10);
        await audit.CheckpointAsync();
        audit.Tamper("DELETE FROM audit_events WHERE seq >= 8; DELETE FROM audit_bodies WHERE seq >= 8;");

        var result = await audit.VerifyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.FirstBrokenEvent, Is.EqualTo(8));
            Assert.That(result.Problem, Does.Contain("the log ends at event 7").And.Contain("covers event 10").And.Contain("truncated"));
        });
    }

    [Test]
    public async Task Catches_a_chain_recomputed_after_an_edit_with_the_signed_checkpoint_that_follows_it()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(5);
        await audit.CheckpointAsync();
        await audit.AppendAsync(5, "f");
        await audit.CheckpointAsync();

        RewriteFrom(audit, 7, Encoding.UTF8.GetBytes("record f2;someone else entirely"));
        var result = await audit.VerifyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.IsIntact, Is.False);
            Assert.That(result.FirstBrokenEvent, Is.EqualTo(6), "the first event no checkpoint still vouches for");
            Assert.That(result.Problem, Does.Contain("events 6 to 11 were rewritten").And.Contain("recomputed"));
        });
    }

    [Test]
    public async Task Names_a_checkpoint_the_log_records_but_the_checkpoint_file_no_longer_has()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(4);
        await audit.CheckpointAsync();
        await audit.AppendAsync(2);
        File.Delete(audit.Checkpoints.FilePath);

        var result = await audit.VerifyAsync();

        Assert.That(result.FirstBrokenEvent, Is.EqualTo(4));
        Assert.That(result.Problem, Does.Contain("event 5 records that a checkpoint of event 4 was written").And.Contain("the file has no such checkpoint"));
    }

    [Test]
    public async Task Writes_no_new_checkpoint_when_only_the_record_of_the_last_one_came_after_it()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(2);

        var first = await audit.CheckpointAsync();
        var second = await audit.CheckpointAsync();

        Assert.That((first?.Sequence, second), Is.EqualTo(((long?)2, (AuditCheckpoint?)null)));
    }

    [Test]
    public async Task Refuses_a_checkpoint_file_whose_line_was_edited()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(4);
        var checkpoint = await audit.CheckpointAsync();
        var parts = checkpoint!.Jws.Split('.');
        var forged = parts[0] + "." + parts[1].Replace('A', 'B') + "." + parts[2];
        await File.WriteAllTextAsync(audit.Checkpoints.FilePath, forged + "\n");

        var result = await audit.VerifyAsync();

        Assert.That(result.IsIntact, Is.False);
        Assert.That(result.Problem, Does.Contain("line 1").And.Contain("not a checkpoint signed by this gateway's key"));
    }

    [Test]
    public async Task A_checkpoint_line_cut_by_a_crash_is_ignored_and_dropped_before_the_next_checkpoint()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(3);
        var first = await audit.CheckpointAsync();
        await File.AppendAllTextAsync(audit.Checkpoints.FilePath, first!.Jws[..40]);
        await audit.AppendAsync(2);
        await audit.CheckpointAsync();

        var result = await audit.VerifyAsync();

        Assert.That(result.IsIntact, Is.True, result.Problem);
        Assert.That(result.CheckpointsChecked, Is.EqualTo(2));
    }

    [Test]
    public async Task The_log_cannot_be_changed_through_SQLite_while_its_triggers_stand()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.AppendAsync(2);

        Assert.Multiple(() =>
        {
            Assert.That(() => RawDatabase.Execute(audit.DatabasePath, "UPDATE audit_events SET kind = 'x' WHERE seq = 1"),
                Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>().With.Message.Contains("append-only"));
            Assert.That(() => RawDatabase.Execute(audit.DatabasePath, "DELETE FROM audit_events WHERE seq = 2"),
                Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>().With.Message.Contains("append-only"));
            Assert.That(() => RawDatabase.Execute(audit.DatabasePath, "UPDATE audit_bodies SET body = X'00' WHERE seq = 1"),
                Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>().With.Message.Contains("never replaced"));
        });
    }

    /// <summary>
    /// What an attacker with the file and the format (but not the key) would do: change a body, then fix its hash in
    /// the header and every hash and link after it, so the chain alone looks whole.
    /// </summary>
    private static void RewriteFrom(AuditHarness audit, long sequence, byte[] newBody)
    {
        var last = (long)RawDatabase.Scalar(audit.DatabasePath, "SELECT MAX(seq) FROM audit_events")!;
        var previous = AuditHeader.Hash(audit.Header(sequence - 1));
        audit.TamperBlob("audit_bodies", "body", sequence, newBody);
        for (var seq = sequence; seq <= last; seq++)
        {
            var header = JsonNode.Parse(audit.Header(seq))!.AsObject();
            header["prev"] = previous;
            if (seq == sequence) header["body"]!["sha256"] = Convert.ToHexStringLower(SHA256.HashData(newBody));
            var bytes = Encoding.UTF8.GetBytes(header.ToJsonString());
            previous = AuditHeader.Hash(bytes);
            audit.TamperBlob("audit_events", "header", seq, bytes);
            audit.Tamper($"UPDATE audit_events SET hash = '{previous}' WHERE seq = {seq};");
        }
    }
}
