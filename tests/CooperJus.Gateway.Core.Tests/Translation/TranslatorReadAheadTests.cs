using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Translation;

/// <summary>The adapter reads on a thread of its own, ahead of validation: what the caller sees must not change.</summary>
[TestFixture]
public sealed class TranslatorReadAheadTests
{
    private static readonly SourceFile AnyFile = SourceFile.FromBytes("scripted_1.txt", []);

    /// <summary>Full batches waiting, one being filled by the adapter and one being read by the caller.</summary>
    private const int Bound = AdapterReadAhead.BatchSize * (AdapterReadAhead.MaxBatchesAhead + 2);

    private static Translator NewTranslator() => new(Validators.Request());

    [Test]
    public void Outcomes_come_in_the_order_the_adapter_read_them_across_many_batches()
    {
        var adapter = new CountingAdapter(limit: 1_000);

        var ids = NewTranslator().Translate(adapter, AnyFile).Select(o => o.Record.RecordId).ToList();

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 1_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public void The_adapter_never_runs_more_than_a_bounded_number_of_records_ahead()
    {
        var adapter = new CountingAdapter(limit: 2_000);
        var consumed = 0;

        foreach (var _ in NewTranslator().Translate(adapter, AnyFile))
        {
            Interlocked.Increment(ref consumed);
            adapter.Consumed = Volatile.Read(ref consumed);
        }

        Assert.That(adapter.MostAhead, Is.LessThanOrEqualTo(Bound));
        Assert.That(consumed, Is.EqualTo(2_000));
    }

    [Test]
    public void Stopping_early_stops_the_adapter_and_closes_its_file_before_returning()
    {
        var adapter = new CountingAdapter(limit: int.MaxValue);

        var firstThree = NewTranslator().Translate(adapter, AnyFile).Take(3).ToList();

        Assert.That(firstThree, Has.Count.EqualTo(3));
        Assert.That(adapter.Closed, Is.True);
        Assert.That(adapter.Produced, Is.LessThanOrEqualTo(3 + Bound));
    }

    [Test]
    public void Cancelling_stops_the_translation_with_an_OperationCanceledException_and_closes_the_file()
    {
        var adapter = new CountingAdapter(limit: int.MaxValue);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        Assert.That(() =>
        {
            foreach (var _ in NewTranslator().Translate(adapter, AnyFile, cancellation.Token))
            {
                if (++seen == 50) cancellation.Cancel();
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(adapter.Closed, Is.True);
    }

    [Test]
    public void An_adapter_that_throws_after_several_batches_keeps_every_record_before_and_ends_the_file()
    {
        var adapter = new CountingAdapter(limit: 3 * AdapterReadAhead.BatchSize + 2, throwAtEnd: true);

        var outcomes = NewTranslator().Translate(adapter, AnyFile).ToList();

        Assert.That(outcomes, Has.Count.EqualTo(3 * AdapterReadAhead.BatchSize + 3));
        Assert.That(outcomes[^1].IsFileProblem, Is.True);
        Assert.That(outcomes[^1].Problems.Single().Rule, Is.EqualTo(Translator.AdapterFailedRule));
        Assert.That(adapter.Closed, Is.True);
    }

    [Test]
    public void A_failure_opening_the_file_reaches_the_caller_as_it_was_thrown()
    {
        var adapter = new UnopenableAdapter();

        Assert.That(() => NewTranslator().Translate(adapter, AnyFile).ToList(), Throws.InstanceOf<FileNotFoundException>());
    }

    /// <summary>Yields rejected records numbered from 0, watching how far ahead of the caller it gets.</summary>
    private sealed class CountingAdapter(int limit, bool throwAtEnd = false) : ICountryAdapter
    {
        private int _produced;

        public int Consumed { get; set; }

        public int MostAhead { get; private set; }

        public bool Closed { get; private set; }

        public int Produced => _produced;

        public AdapterDescriptor Descriptor => new ScriptedAdapter().Descriptor;

        public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 0; i < limit; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    MostAhead = Math.Max(MostAhead, ++_produced - Consumed);
                    yield return Rejected(i);
                }
                if (throwAtEnd) throw new InvalidOperationException("bug after the last row");
            }
            finally
            {
                Closed = true;
            }
        }

        public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output) => throw new NotSupportedException();

        private static RecordResult Rejected(int i) => new()
        {
            RecordId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Problems = [Problem.Error("required", "empty", new SourceLocation { File = "scripted_1.txt", Row = i + 2 })],
        };
    }

    /// <summary>Fails before yielding anything, as an adapter does when the file cannot be opened.</summary>
    private sealed class UnopenableAdapter : ICountryAdapter
    {
        public AdapterDescriptor Descriptor => new ScriptedAdapter().Descriptor;

        public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default) =>
            throw new FileNotFoundException("gone", source.Name);

        public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output) => throw new NotSupportedException();
    }
}
