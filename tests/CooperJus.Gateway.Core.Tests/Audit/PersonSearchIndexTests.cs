using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Tests.Storage;
using CooperJus.Gateway.Core.Tests.Support;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>
/// The person search index is keyed with a secret kept outside the database: whoever copies the store cannot recover
/// an identity number by hashing every candidate, while searching with the gateway's key still works.
/// </summary>
public sealed class PersonSearchIndexTests
{
    private const string IdentityNumber = "10117410-2";
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task No_identity_number_is_recoverable_from_the_index_by_hashing_candidates()
    {
        await using var audit = await IntakeOfOneRequestAsync();
        var stored = RawDatabase.Column(audit.DatabasePath, "SELECT term FROM audit_search");
        // The attack: every candidate number (here the real one among them) hashed as the unkeyed index of
        // version 2 did, and keyed with keys an attacker might try.
        var candidates = new[] { "101174102", "10117410", "101174103" };
        var guesses = candidates.SelectMany(c => new[]
        {
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("id:" + c)), 0, 16),
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("id:" + c))),
        }.Concat(new PersonSearchTerms(new byte[PersonSearchTerms.KeyBytes]).OfQuery(c))).ToList();

        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.Not.Empty);
            Assert.That(stored.Intersect(guesses), Is.Empty, "no stored term matches a candidate hashed without the key");
            Assert.That(await Count(audit, TestSearchTerms.Fixed, IdentityNumber), Is.EqualTo(1), "the gateway's key still finds the request");
        });
    }

    [Test]
    public async Task Creates_an_owner_only_key_on_a_new_store_and_records_its_fingerprint()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var keyFile = Path.Combine(audit.Store.FolderPath, "keys", "audit-search.key");

        var terms = await PersonSearchIndex.OpenAsync(audit.Log, keyFile, None);

        Assert.Multiple(async () =>
        {
            Assert.That(File.Exists(keyFile), Is.True);
            if (!OperatingSystem.IsWindows()) Assert.That(File.GetUnixFileMode(keyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(await audit.Log.GetSearchKeyFingerprintAsync(None), Is.EqualTo(terms.Fingerprint));
            Assert.That((await PersonSearchIndex.OpenAsync(audit.Log, keyFile, None)).Fingerprint, Is.EqualTo(terms.Fingerprint), "the same key on the next start");
        });
    }

    [Test]
    public async Task Rebuilds_an_index_that_has_no_key_recorded_from_the_kept_bodies()
    {
        await using var audit = await IntakeOfOneRequestAsync();
        // What migration 3 leaves of a version-2 store: no terms and no key recorded.
        RawDatabase.Execute(audit.DatabasePath, "DELETE FROM audit_search; DELETE FROM audit_search_key;");
        var keyFile = Path.Combine(audit.Store.FolderPath, "audit-search.key");

        var terms = await PersonSearchIndex.OpenAsync(audit.Log, keyFile, None);
        var head = (await audit.Log.GetHeadAsync(None))!;
        await audit.CheckpointAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await Count(audit, terms, IdentityNumber), Is.EqualTo(1));
            Assert.That(await Count(audit, terms, "Juan Quispe"), Is.EqualTo(1));
            Assert.That(head.Kind, Is.EqualTo(AuditEventKinds.SearchIndexRebuilt));
            Assert.That(head.Facts, Does.Contain(KeyValuePair.Create("key", terms.Fingerprint)).And.Contain(KeyValuePair.Create("requests", "1")));
            Assert.That((await audit.VerifyAsync()).IsIntact, Is.True);
        });
    }

    [Test]
    public async Task Refuses_a_key_other_than_the_one_the_index_was_built_with()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var first = Path.Combine(audit.Store.FolderPath, "first.key");
        var second = Path.Combine(audit.Store.FolderPath, "second.key");
        var built = await PersonSearchIndex.OpenAsync(audit.Log, first, None);
        var other = SearchKeyFile.Create(second);

        var refused = Assert.ThrowsAsync<SearchKeyException>(() => PersonSearchIndex.OpenAsync(audit.Log, second, None))!;

        Assert.That(refused.Message, Is.EqualTo($"the search key file '{second}' (fingerprint {other.Fingerprint}) is not the key the store's person search " +
            $"index was built with (fingerprint {built.Fingerprint}). Point Audit:SearchKeyFile at the right file, or rebuild the index with this key (`cooperjus audit reindex`)."));
    }

    [Test]
    public async Task A_start_that_finds_the_index_built_meanwhile_by_another_process_keeps_that_key()
    {
        await using var audit = await IntakeOfOneRequestAsync();
        RawDatabase.Execute(audit.DatabasePath, "DELETE FROM audit_search; DELETE FROM audit_search_key;");
        var first = new PersonSearchTerms(RandomNumberGenerator.GetBytes(PersonSearchTerms.KeyBytes));
        await audit.Log.ReplaceSearchIndexAsync(new Dictionary<string, IReadOnlyCollection<string>>(), first.Fingerprint, "gateway", replaceRecordedKey: false, None);
        var second = new PersonSearchTerms(RandomNumberGenerator.GetBytes(PersonSearchTerms.KeyBytes));

        var replaced = await audit.Log.ReplaceSearchIndexAsync(new Dictionary<string, IReadOnlyCollection<string>>(), second.Fingerprint, "gateway", replaceRecordedKey: false, None);

        Assert.Multiple(async () =>
        {
            Assert.That(replaced, Is.False);
            Assert.That(await audit.Log.GetSearchKeyFingerprintAsync(None), Is.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public async Task Refuses_to_invent_a_new_key_when_the_one_the_index_was_built_with_is_lost()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var keyFile = Path.Combine(audit.Store.FolderPath, "audit-search.key");
        var built = await PersonSearchIndex.OpenAsync(audit.Log, keyFile, None);
        File.Delete(keyFile);

        var refused = Assert.ThrowsAsync<SearchKeyException>(() => PersonSearchIndex.OpenAsync(audit.Log, keyFile, None))!;

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.StartWith($"the search key file '{keyFile}' does not exist, but the store's person search index was built with a key (fingerprint {built.Fingerprint})."));
            Assert.That(refused.Message, Does.Contain("`cooperjus audit reindex`"));
            Assert.That(File.Exists(keyFile), Is.False);
        });
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Refuses_a_key_file_other_users_can_read()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var keyFile = Path.Combine(audit.Store.FolderPath, "audit-search.key");
        SearchKeyFile.Create(keyFile);
        File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var refused = Assert.ThrowsAsync<SearchKeyException>(() => PersonSearchIndex.OpenAsync(audit.Log, keyFile, None))!;

        Assert.That(refused.Message, Is.EqualTo($"the search key file '{keyFile}' is accessible to other users; it must be readable by its owner only. Run `chmod 600 {keyFile}` and start again."));
    }

    [Test]
    public async Task A_rebuild_under_a_new_key_finds_the_same_requests_and_the_old_key_finds_none()
    {
        await using var audit = await IntakeOfOneRequestAsync();
        var replacement = new PersonSearchTerms(RandomNumberGenerator.GetBytes(PersonSearchTerms.KeyBytes));

        var indexed = await PersonSearchIndex.RebuildAsync(audit.Log, replacement, "ana@host (cli)", None);

        Assert.Multiple(async () =>
        {
            Assert.That(indexed, Is.EqualTo(1));
            Assert.That(await Count(audit, replacement, IdentityNumber), Is.EqualTo(1));
            Assert.That(await Count(audit, TestSearchTerms.Fixed, IdentityNumber), Is.EqualTo(0));
            Assert.That(await audit.Log.GetSearchKeyFingerprintAsync(None), Is.EqualTo(replacement.Fingerprint));
            Assert.That((await audit.Log.GetHeadAsync(None))!.Actor, Is.EqualTo("ana@host (cli)"));
        });
    }

    [Test]
    public void Terms_depend_on_the_key_and_the_fingerprint_does_not_reveal_it()
    {
        var one = new PersonSearchTerms(Enumerable.Repeat((byte)1, PersonSearchTerms.KeyBytes).ToArray());
        var two = new PersonSearchTerms(Enumerable.Repeat((byte)2, PersonSearchTerms.KeyBytes).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(one.OfQuery(IdentityNumber), Is.Not.EqualTo(two.OfQuery(IdentityNumber)));
            Assert.That(one.OfQuery("10.117.410-2"), Is.EqualTo(one.OfQuery(IdentityNumber)), "punctuation is normalised before keying");
            Assert.That(one.Fingerprint, Is.Not.EqualTo(two.Fingerprint));
            Assert.That(one.Fingerprint, Has.Length.EqualTo(16));
            Assert.That(() => new PersonSearchTerms(new byte[PersonSearchTerms.KeyBytes - 1]), Throws.ArgumentException);
        });
    }

    private static async Task<AuditHarness> IntakeOfOneRequestAsync()
    {
        var audit = await AuditHarness.CreateAsync();
        await audit.Store.Store.RecordIntakeAsync(StoreHarness.File("x"), [StoreAuditEventsTests.TranslatedMessage("m1")], None);
        return audit;
    }

    private static async Task<int> Count(AuditHarness audit, PersonSearchTerms terms, string query) =>
        (await audit.Log.SearchAsync(new AuditSearch(PersonTerms: terms.OfQuery(query)), None)).Count;
}
