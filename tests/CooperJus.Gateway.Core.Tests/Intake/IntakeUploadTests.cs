using System.Text;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Tests.Support;

namespace CooperJus.Gateway.Core.Tests.Intake;

[TestFixture]
public sealed class IntakeUploadTests
{
    private TemporaryFolder _root = null!;

    [SetUp]
    public void Create() => _root = new TemporaryFolder();

    [TearDown]
    public void Delete() => _root.Dispose();

    [TestCase(".hidden.csv")]
    [TestCase(".upload-0123")]
    [TestCase(".claimed")]
    [TestCase("solicitudes_1.csv.done")]
    [TestCase("solicitudes_1.csv.tmp")]
    [TestCase("solicitudes_1.csv.PART")]
    [TestCase("solicitudes_1.csv~")]
    public void Every_name_the_scan_ignores_is_refused_for_an_upload(string name)
    {
        Assert.That(IntakeNames.IsIgnored(name), Is.True);
        Assert.That(IntakeNames.Refusal(name), Does.Contain($"'{name}'").And.Contain("never processes"));
    }

    [TestCase("processed")]
    [TestCase("failed")]
    [TestCase("rejected")]
    [TestCase("Processed")]
    public void A_sub_folder_name_is_refused_for_an_upload(string name) =>
        Assert.That(IntakeNames.Refusal(name), Does.Contain("sub-folders"));

    [TestCase("solicitudes_2026.csv")]
    [TestCase("rr.xml")]
    [TestCase("answer.response.json")]
    [TestCase("upload")]
    [TestCase("processed.csv")]
    public void A_name_the_scan_takes_is_accepted(string name)
    {
        Assert.That(IntakeNames.IsIgnored(name), Is.False);
        Assert.That(IntakeNames.Refusal(name), Is.Null);
    }

    [TestCase("rr.xml", 1, "rr.xml")]
    [TestCase("rr.xml", 2, "rr_2.xml")]
    [TestCase("answer.response.json", 3, "answer_3.response.json")]
    [TestCase("upload", 12, "upload_12")]
    public void Names_after_the_first_keep_every_suffix_the_intake_reads_a_file_by(string name, int attempt, string expected) =>
        Assert.That(IntakeUpload.Candidate(name, attempt), Is.EqualTo(expected));

    [Test]
    public async Task Concurrent_uploads_of_one_name_each_keep_their_own_file_with_its_marker()
    {
        var contents = Enumerable.Range(0, 40).Select(i => $"upload {i} {Guid.NewGuid():N}").ToList();

        var names = await Task.WhenAll(contents.Select(c =>
            Task.Run(() => IntakeUpload.KeepAsync(_root.Path, "rr.xml", new MemoryStream(Encoding.UTF8.GetBytes(c)), CancellationToken.None))));

        Assert.That(names, Is.Unique);
        Assert.That(names.Select(n => File.ReadAllText(_root.Combine(n))), Is.EquivalentTo(contents));
        Assert.That(names.Select(n => File.Exists(_root.Combine(n + IntakeNames.DoneSuffix))), Has.All.True);
        Assert.That(Directory.GetFiles(_root.Path, IntakeNames.UploadPrefix + "*"), Is.Empty);
    }

    [Test]
    public void A_body_that_fails_mid_way_leaves_no_file()
    {
        Assert.ThrowsAsync<IOException>(() => IntakeUpload.KeepAsync(_root.Path, "rr.xml", new FailingStream(), CancellationToken.None));

        Assert.That(Directory.GetFiles(_root.Path), Is.Empty);
    }

    [Test]
    public void Never_writes_under_a_name_the_scan_would_ignore() =>
        Assert.ThrowsAsync<ArgumentException>(() => IntakeUpload.KeepAsync(_root.Path, "x.tmp", new MemoryStream([1]), CancellationToken.None));

    [Test]
    public void Without_hard_links_the_name_still_goes_to_one_file_only_and_the_others_keep_theirs()
    {
        var temporaries = Enumerable.Range(0, 20).Select(i =>
        {
            var path = _root.Combine($"{IntakeNames.UploadPrefix}{i}");
            File.WriteAllText(path, $"content {i}");
            return path;
        }).ToList();
        var target = _root.Combine("rr.xml");

        var won = temporaries.AsParallel().Where(t => DurableFiles.TryClaimThenRename(t, target)).ToList();

        Assert.That(won, Has.Count.EqualTo(1));
        Assert.That(File.ReadAllText(target), Is.EqualTo($"content {Path.GetFileName(won[0])[IntakeNames.UploadPrefix.Length..]}"));
        Assert.That(temporaries.Except(won).Where(File.Exists).ToList(), Has.Count.EqualTo(19), "the others still have their content, to try the next name");
    }

    private sealed class FailingStream : Stream
    {
        private int _reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_reads++ > 0) throw new IOException("connection reset");
            buffer[offset] = 1;
            return 1;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
