using System.Globalization;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Interop;
using CooperJus.Gateway.IntegrationTests.Support;
namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>
/// `cooperjus audit export` writes an evidence bundle, and the bundle verifies with tools outside the project, run as
/// its README documents them: <c>sha256sum -c SHA256SUMS</c>, <c>sh verify.sh</c>, and a JWS verifier (node's jose).
/// </summary>
[TestFixture]
public sealed class AuditExportCliTests
{
    private readonly TemporaryFolder _folder = new();
    private CliRunner.Result _export = null!;

    private static AuditedGateways Pair => AuditCliSetup.Pair;

    private string Bundle => _folder.Combine("bundle");

    [OneTimeSetUp]
    public void Export() => _export = CliRunner.Run("audit", "export", Pair.RequestId, "--output", Bundle, "--config", Pair.ConfigFile);

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public void The_bundle_holds_every_file_the_readme_describes()
    {
        Assert.That(_export.ExitCode, Is.EqualTo(0), _export.All);
        var files = Directory.GetFiles(Bundle).Select(Path.GetFileName).ToList();
        Assert.That(files, Is.SupersetOf(new[]
        {
            "original.txt", "canonical.json", "lineage.json", "envelope.jws", "receipt.jws", "checkpoint.jws",
            "gateway-public-key.jwk", "partner-public-key.jwk", "SHA256SUMS", "verify.sh", "README.md",
        }));
        Assert.That(File.ReadAllText(Path.Combine(Bundle, "original.txt")), Is.EqualTo(Pair.OriginalRecord));
        Assert.That(Directory.GetFiles(Path.Combine(Bundle, "events")).Select(Path.GetFileName), Has.All.Match(@"^\d{10}\.json$"));
        Assert.That(Directory.GetFiles(Path.Combine(Bundle, "bodies")), Is.Not.Empty);
        var readme = File.ReadAllText(Path.Combine(Bundle, "README.md"));
        Assert.That(readme, Does.Contain("sha256sum -c SHA256SUMS").And.Contain("sh verify.sh").And.Contain("compactVerify").And.Contain(Pair.RequestId));
    }

    [Test]
    public async Task The_chain_segment_has_every_header_but_only_this_requests_bodies()
    {
        Assert.That(_export.ExitCode, Is.EqualTo(0), _export.All);
        var ours = (await Pair.Audit.GetEventsAsync(Pair.RequestId, null, CancellationToken.None)).Select(e => e.Sequence).ToHashSet();
        var headers = Directory.GetFiles(Path.Combine(Bundle, "events")).Select(f => long.Parse(Path.GetFileNameWithoutExtension(f), CultureInfo.InvariantCulture)).Order().ToList();
        var bodies = Directory.GetFiles(Path.Combine(Bundle, "bodies")).Select(f => long.Parse(Path.GetFileName(f).Split('.')[0], CultureInfo.InvariantCulture)).ToList();

        Assert.That(headers, Is.EqualTo(Enumerable.Range((int)headers[0], headers.Count).Select(i => (long)i)), "a contiguous segment");
        Assert.That(headers[0], Is.EqualTo(ours.Min()), "from the request's first event");
        Assert.That(headers.Where(h => !ours.Contains(h)), Is.Not.Empty, "the later export's events are in the segment");
        Assert.That(bodies, Is.Not.Empty.And.SubsetOf(ours), "bodies of this request's events only");
    }

    [Test]
    public void Sha256sum_checks_every_file()
    {
        var result = ExternalCommand.Run(Bundle, "sha256sum", "-c", "SHA256SUMS");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.Contain("verify.sh: OK").And.Contain("receipt.jws: OK"));
    }

    [Test]
    public void Verify_sh_finds_the_chain_intact_up_to_the_signed_checkpoint()
    {
        var result = ExternalCommand.Run(Bundle, "sh", "verify.sh");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.StartWith("OK: events"));
    }

    [TestCase("envelope.jws", "gateway-public-key.jwk")]
    [TestCase("checkpoint.jws", "gateway-public-key.jwk")]
    [TestCase("receipt.jws", "partner-public-key.jwk")]
    public void Jose_verifies_the_signed_file_with_the_bundled_key(string jws, string jwk)
    {
        NodeScript.RequireInstalled();

        var result = ExternalCommand.Run(Bundle, "node", Path.Combine(NodeScript.Folder, "verify-jws.mjs"), jws, jwk);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
    }

    [Test]
    public void Jose_refuses_the_receipt_with_the_gateways_own_key()
    {
        NodeScript.RequireInstalled();

        var result = ExternalCommand.Run(Bundle, "node", Path.Combine(NodeScript.Folder, "verify-jws.mjs"), "receipt.jws", "gateway-public-key.jwk");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
    }

    [TestCase("bodies")]
    [TestCase("events")]
    public void Verify_sh_names_a_file_with_one_flipped_byte(string folder)
    {
        var copy = _folder.Combine("tampered-" + folder);
        CopyFolder(Bundle, copy);
        var victim = Directory.GetFiles(Path.Combine(copy, folder)).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(victim);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(victim, bytes);

        var result = ExternalCommand.Run(copy, "sh", "verify.sh");

        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.StartWith("FAILED").And.Contain($"{folder}/{Path.GetFileName(victim)}"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Verify_sh_names_a_body_of_the_request_that_was_removed_even_with_SHA256SUMS_fixed_to_match(bool withItsNamedCopy)
    {
        var copy = _folder.Combine($"without-a-body-{withItsNamedCopy}");
        CopyFolder(Bundle, copy);
        var victim = Directory.GetFiles(Path.Combine(copy, "bodies"), "*.jws").Order(StringComparer.Ordinal).Last();
        var named = Directory.GetFiles(copy).Where(f => Sha256(f) == Sha256(victim)).ToList();
        Assert.That(named, Is.Not.Empty, "the receipt's body is also receipt.jws");
        if (withItsNamedCopy)
        {
            // Both files, and the check of the named copy (verify.sh is not signed either).
            RemoveCopyChecks(copy, named);
            RemoveAndFixSums(copy, [Path.GetRelativePath(copy, victim), .. named.Select(Path.GetFileName).OfType<string>()]);
        }
        else
        {
            RemoveAndFixSums(copy, Path.GetRelativePath(copy, victim));
        }
        Assert.That(ExternalCommand.Run(copy, "sha256sum", "-c", "SHA256SUMS").ExitCode, Is.EqualTo(0), "SHA256SUMS was made to match");

        var result = ExternalCommand.Run(copy, "sh", "verify.sh");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.StartWith("FAILED").And.Contain($"bodies/{Path.GetFileName(victim)} is missing"));
    }

    [TestCase(1)]
    [TestCase(3)]
    public void Verify_sh_fails_when_events_at_the_start_of_the_segment_were_removed(int removed)
    {
        var copy = _folder.Combine($"without-first-{removed}");
        CopyFolder(Bundle, copy);
        var events = Directory.GetFiles(Path.Combine(copy, "events")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var gone = events.Take(removed).Select(e => Path.GetFileNameWithoutExtension(e)!).ToList();
        // The bodies of the removed events go too, and the named files that copy them: as someone covering their tracks would.
        var bodies = Directory.GetFiles(Path.Combine(copy, "bodies")).Where(b => gone.Contains(Path.GetFileName(b).Split('.')[0])).ToList();
        var hashes = bodies.Select(Sha256).ToHashSet();
        var copies = Directory.GetFiles(copy).Where(f => hashes.Contains(Sha256(f))).ToList();
        RemoveCopyChecks(copy, copies);
        RemoveAndFixSums(copy, [.. gone.Select(e => $"events/{e}.json"), .. bodies.Concat(copies).Select(f => Path.GetRelativePath(copy, f))]);
        Assert.That(ExternalCommand.Run(copy, "sha256sum", "-c", "SHA256SUMS").ExitCode, Is.EqualTo(0), "SHA256SUMS was made to match");

        var result = ExternalCommand.Run(copy, "sh", "verify.sh");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.StartWith("FAILED").And.Contain($"events/{events[0]} is missing"));
    }

    [Test]
    public void Verify_sh_fails_when_the_last_event_was_removed()
    {
        var copy = _folder.Combine("without-last");
        CopyFolder(Bundle, copy);
        var last = Directory.GetFiles(Path.Combine(copy, "events")).Order(StringComparer.Ordinal).Last();
        RemoveAndFixSums(copy, Path.GetRelativePath(copy, last));

        var result = ExternalCommand.Run(copy, "sh", "verify.sh");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.StartWith("FAILED").And.Contain($"events/{Path.GetFileName(last)} is missing"));
    }

    [Test]
    public void The_readme_says_that_SHA256SUMS_and_verify_sh_are_not_signed_and_how_to_check_without_them()
    {
        Assert.That(_export.ExitCode, Is.EqualTo(0), _export.All);
        var readme = File.ReadAllText(Path.Combine(Bundle, "README.md"));

        Assert.That(readme, Does.Contain("`SHA256SUMS` and `verify.sh` are NOT signed"));
        Assert.That(readme, Does.Contain("the chain of header hashes").And.Contain("ending at the head signed in `checkpoint.jws`"));
        Assert.That(readme, Does.Contain("docs/audit-trail.md").And.Contain("or do its steps by hand"));
    }

    [Test]
    public async Task A_bundle_exported_after_retention_pruned_the_bodies_leaves_them_out_and_still_verifies()
    {
        var store = _folder.Combine("pruned", "gateway.db");
        Directory.CreateDirectory(Path.GetDirectoryName(store)!);
        var checkpoints = Path.Combine(Pair.Peru.Root, "audit-checkpoints.jwsl");
        if (File.Exists(checkpoints)) File.Copy(checkpoints, _folder.Combine("pruned", "audit-checkpoints.jwsl"));
        StoreCopy.Backup(Pair.Peru.StorePath, store);
        await using (var copy = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = store }, TimeProvider.System, CancellationToken.None))
            await copy.Audit.PruneBodiesAsync(TimeProvider.System.GetUtcNow().AddMinutes(1), "retention-test", CancellationToken.None);
        Pair.WriteConfig(_folder.Combine("pruned", "cli.json"), store);
        var bundle = _folder.Combine("pruned", "bundle");

        var export = CliRunner.Run("audit", "export", Pair.RequestId, "--output", bundle, "--config", _folder.Combine("pruned", "cli.json"));

        Assert.That(export.ExitCode, Is.EqualTo(0), export.All);
        Assert.That(export.Output, Does.Contain("bodies pruned by retention"));
        Assert.That(Directory.GetFiles(Path.Combine(bundle, "bodies")), Is.Empty);
        Assert.That(File.Exists(Path.Combine(bundle, "original.txt")), Is.False);
        Assert.That(File.ReadAllText(Path.Combine(bundle, "README.md")), Does.Contain("Retention had already removed the bodies of events"));
        Assert.That(ExternalCommand.Run(bundle, "sha256sum", "-c", "SHA256SUMS").ExitCode, Is.EqualTo(0));
        var verify = ExternalCommand.Run(bundle, "sh", "verify.sh");
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.ToString());
    }

    [Test]
    public void Exporting_into_a_folder_that_is_not_empty_exits_2()
    {
        var result = CliRunner.Run("audit", "export", Pair.RequestId, "--output", Bundle, "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("new or empty folder"));
    }

    [Test]
    public void Exporting_an_unknown_request_exits_1_naming_it()
    {
        var result = CliRunner.Run("audit", "export", "00000000-0000-0000-0000-000000000000", "--output", _folder.Combine("unknown"), "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        Assert.That(result.Error, Does.Contain("00000000-0000-0000-0000-000000000000"));
    }

    private static string Sha256(string file) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>Deletes files of the bundle and rewrites <c>SHA256SUMS</c> over what is left: it is not signed, anyone can.</summary>
    private static void RemoveAndFixSums(string bundle, params string[] files)
    {
        foreach (var file in files) File.Delete(Path.Combine(bundle, file));
        FixSums(bundle);
    }

    private static void FixSums(string bundle)
    {
        var lines = Directory.GetFiles(bundle, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(bundle, f).Replace('\\', '/'))
            .Where(f => f != "SHA256SUMS")
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Sha256(Path.Combine(bundle, f))}  {f}\n");
        File.WriteAllText(Path.Combine(bundle, "SHA256SUMS"), string.Concat(lines));
    }

    /// <summary>Drops the checks of removed named files from <c>verify.sh</c>, which is not signed either.</summary>
    private static void RemoveCopyChecks(string bundle, IEnumerable<string> copies)
    {
        var names = copies.Select(c => "check_copy " + Path.GetFileName(c) + " ").ToList();
        var script = Path.Combine(bundle, "verify.sh");
        var kept = File.ReadAllLines(script).Where(line => !names.Any(n => line.StartsWith(n, StringComparison.Ordinal)));
        File.WriteAllText(script, string.Concat(kept.Select(line => line + "\n")));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
