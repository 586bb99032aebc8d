using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Intake;

[TestFixture]
public sealed class IntakeFolderTests
{
    private TemporaryFolder _root = null!;
    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void Create()
    {
        _root = new TemporaryFolder();
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    }

    [TearDown]
    public void Delete() => _root.Dispose();

    private IntakeFolder Folder(bool requireDone = false) =>
        new(new IntakeOptions { Path = _root.Path, StableFor = TimeSpan.FromSeconds(2), RequireDoneMarker = requireDone }, _clock);

    private void Drop(string name, string content = "NRO_SOLICITUD;X\n") => File.WriteAllText(_root.Combine(name), content);

    private sealed class Verdicts(bool succeeded, string report = "") : IIntakeHandler
    {
        public List<ClaimedFile> Seen { get; } = [];

        /// <summary>The report of the copy for a fix, when some records were rejected.</summary>
        public string? Rejected { get; init; }

        public Task<IntakeVerdict> HandleAsync(ClaimedFile file, CancellationToken cancellationToken)
        {
            Seen.Add(file);
            return Task.FromResult(new IntakeVerdict(succeeded, report) { RejectedReport = Rejected });
        }
    }

    [Test]
    public void Takes_a_file_only_once_its_size_has_been_stable_for_the_configured_time()
    {
        var folder = Folder();
        Drop("solicitudes_1.csv");

        Assert.That(folder.ClaimReady(), Is.Empty, "first sight");
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(folder.ClaimReady(), Is.Empty, "stable for 1 s only");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var claimed = folder.ClaimReady();

        Assert.That(claimed.Select(c => c.OriginalName), Is.EqualTo(new[] { "solicitudes_1.csv" }));
        Assert.That(File.Exists(claimed[0].ClaimedPath), Is.True);
        Assert.That(File.Exists(_root.Combine("solicitudes_1.csv")), Is.False);
    }

    [Test]
    public void A_file_that_grows_starts_its_wait_again()
    {
        var folder = Folder();
        Drop("solicitudes_1.csv", "a");
        folder.ClaimReady();
        _clock.Advance(TimeSpan.FromSeconds(3));
        File.AppendAllText(_root.Combine("solicitudes_1.csv"), "more rows");

        Assert.That(folder.ClaimReady(), Is.Empty);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(folder.ClaimReady(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Takes_a_file_with_a_done_marker_at_once_and_removes_the_marker()
    {
        var folder = Folder(requireDone: true);
        Drop("solicitudes_1.csv");
        Drop("solicitudes_2.csv");
        Drop("solicitudes_1.csv.done", "");

        var claimed = folder.ClaimReady();

        Assert.That(claimed.Select(c => c.OriginalName), Is.EqualTo(new[] { "solicitudes_1.csv" }));
        Assert.That(File.Exists(_root.Combine("solicitudes_1.csv.done")), Is.False);
        Assert.That(File.Exists(_root.Combine("solicitudes_2.csv")), Is.True, "no marker, not taken");
    }

    [Test]
    public void A_marker_left_behind_by_a_crash_does_not_let_the_next_file_of_that_name_in_early()
    {
        var folder = Folder();
        Drop("solicitudes_1.csv.done", "");
        folder.ClaimReady();
        Drop("solicitudes_1.csv", "half of a file");

        Assert.That(folder.ClaimReady(), Is.Empty, "the stale marker must not count");
    }

    [TestCase(".hidden.csv")]
    [TestCase("solicitudes_1.csv.part")]
    [TestCase("solicitudes_1.csv.tmp")]
    [TestCase("solicitudes_1.csv~")]
    public void Ignores_temporary_and_hidden_files(string name)
    {
        var folder = Folder();
        Drop(name);
        folder.ClaimReady();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That(folder.ClaimReady(), Is.Empty);
    }

    [Test]
    public async Task Files_a_handled_file_under_processed_and_a_failed_one_under_failed_with_its_report()
    {
        var folder = Folder();
        Drop("solicitudes_ok.csv");
        Drop("solicitudes_bad.csv");
        folder.ClaimReady();
        _clock.Advance(TimeSpan.FromSeconds(5));
        var claimed = folder.ClaimReady();

        await folder.ProcessAsync(claimed.Single(c => c.OriginalName == "solicitudes_ok.csv"), new Verdicts(true), CancellationToken.None);
        await folder.ProcessAsync(claimed.Single(c => c.OriginalName == "solicitudes_bad.csv"), new Verdicts(false, "row 3, field NRO_DOC: check digit"), CancellationToken.None);

        Assert.That(Directory.GetFiles(_root.Combine(IntakeFolder.ProcessedFolder)).Select(Path.GetFileName), Has.One.EndsWith("_solicitudes_ok.csv"));
        var failed = Directory.GetFiles(_root.Combine(IntakeFolder.FailedFolder));
        Assert.That(failed.Select(Path.GetFileName), Has.One.EndsWith("_solicitudes_bad.csv").And.One.EndsWith("_solicitudes_bad.csv.report.txt"));
        Assert.That(File.ReadAllText(failed.Single(f => f.EndsWith(".report.txt", StringComparison.Ordinal))), Does.Contain("row 3"));
        Assert.That(Directory.GetFiles(_root.Combine(IntakeFolder.ClaimedFolder)), Is.Empty);
    }

    [Test]
    public async Task A_processed_file_with_rejected_records_leaves_a_copy_in_rejected_with_the_records_to_fix()
    {
        var folder = Folder(requireDone: true);
        Drop("solicitudes_mixta.csv", "NRO_SOLICITUD;X\nSGF-1;ok\nSGF-2;bad\n");
        Drop("solicitudes_mixta.csv.done", "");
        var claimed = folder.ClaimReady().Single();

        await folder.ProcessAsync(claimed, new Verdicts(true, "record SGF-1 (r1): queued for es\nrecord SGF-2: rejected, NOT sent:\n") { Rejected = "record SGF-2 (row 3):\n  - rule" },
            CancellationToken.None);

        var processed = Directory.GetFiles(_root.Combine(IntakeFolder.ProcessedFolder), "*_solicitudes_mixta.csv").Single();
        var copy = Directory.GetFiles(_root.Combine(IntakeFolder.RejectedFolder), "*_solicitudes_mixta.csv").Single();
        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(copy), Is.EqualTo(Path.GetFileName(processed)));
            Assert.That(File.ReadAllText(copy), Is.EqualTo("NRO_SOLICITUD;X\nSGF-1;ok\nSGF-2;bad\n"));
            Assert.That(File.ReadAllText(copy + ".report.txt"), Is.EqualTo("record SGF-2 (row 3):\n  - rule"));
            Assert.That(File.ReadAllText(processed + ".report.txt"), Does.Contain("queued for es").And.Contain("rejected, NOT sent"));
            Assert.That(Directory.GetFiles(_root.Combine(IntakeFolder.FailedFolder)), Is.Empty);
        });
    }

    [Test]
    public async Task A_handler_that_throws_still_leaves_the_file_in_failed_with_the_reason()
    {
        var folder = new IntakeFolder(new IntakeOptions { Path = _root.Path, StableFor = TimeSpan.Zero }, _clock);
        Drop("solicitudes_1.csv");
        var claimed = folder.ClaimReady().Single();

        var verdict = await folder.ProcessAsync(claimed, new ThrowingHandler(), CancellationToken.None);

        Assert.That(verdict.Succeeded, Is.False);
        Assert.That(File.ReadAllText(Directory.GetFiles(_root.Combine(IntakeFolder.FailedFolder), "*.report.txt").Single()), Does.Contain("disk full"));
    }

    [Test]
    public void Hands_over_again_the_files_a_crashed_run_had_claimed()
    {
        var first = new IntakeFolder(new IntakeOptions { Path = _root.Path, StableFor = TimeSpan.Zero }, _clock);
        Drop("solicitudes_1.csv");
        first.ClaimReady();

        var afterRestart = Folder().PendingClaims();

        Assert.That(afterRestart.Select(c => c.OriginalName), Is.EqualTo(new[] { "solicitudes_1.csv" }));
    }

    [Test]
    public void Two_scanners_never_claim_the_same_file()
    {
        var options = new IntakeOptions { Path = _root.Path, StableFor = TimeSpan.Zero };
        var one = new IntakeFolder(options, _clock);
        var two = new IntakeFolder(options, _clock);
        for (var i = 0; i < 50; i++) Drop($"solicitudes_{i:00}.csv");

        var claims = new[] { one, two }.AsParallel().SelectMany(f => f.ClaimReady()).ToList();

        Assert.That(claims.Select(c => c.OriginalName), Is.Unique);
        Assert.That(claims, Has.Count.EqualTo(50));
    }

    [Test]
    public void Refuses_a_symbolic_link_with_a_report()
    {
        var folder = new IntakeFolder(new IntakeOptions { Path = _root.Path, StableFor = TimeSpan.Zero }, _clock);
        var outside = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(_root.Combine("solicitudes_link.csv"), outside);

        Assert.That(folder.ClaimReady(), Is.Empty);
        Assert.That(File.ReadAllText(Directory.GetFiles(_root.Combine(IntakeFolder.FailedFolder), "*.report.txt").Single()), Does.Contain("symbolic links"));
        Assert.That(File.ReadAllText(outside), Is.EqualTo("secret"));
        File.Delete(outside);
    }

    [TestCase("../../etc/passwd", "passwd")]
    [TestCase("..\\..\\windows\\system.ini", "system.ini")]
    [TestCase(".bashrc", ".bashrc")]
    [TestCase("solicitudes 2024 (1).csv", "solicitudes_2024__1_.csv")]
    [TestCase("", "upload")]
    public void Safe_file_names_never_leave_the_folder(string requested, string expected) =>
        Assert.That(IntakeNames.SafeFileName(requested), Is.EqualTo(expected));

    [Test]
    public void Removes_the_temporary_file_of_an_upload_abandoned_by_a_crash_but_not_one_under_way()
    {
        var folder = Folder();
        Drop(".upload-abandoned", "half a body");
        Drop(".upload-under-way", "a body still arriving");
        var now = _clock.GetUtcNow().UtcDateTime;
        File.SetLastWriteTimeUtc(_root.Combine(".upload-abandoned"), now - IntakeFolder.AbandonedUploadAge - TimeSpan.FromSeconds(1));
        File.SetLastWriteTimeUtc(_root.Combine(".upload-under-way"), now - TimeSpan.FromSeconds(5));

        folder.ClaimReady();

        Assert.That(Directory.GetFiles(_root.Path).Select(Path.GetFileName), Is.EqualTo(new[] { ".upload-under-way" }));
    }

    private sealed class ThrowingHandler : IIntakeHandler
    {
        public Task<IntakeVerdict> HandleAsync(ClaimedFile file, CancellationToken cancellationToken) => throw new IOException("disk full");
    }
}
