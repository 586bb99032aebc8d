using CooperJus.Adapters.PE.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>An export of any size is read one request at a time.</summary>
public sealed class StreamingTests
{
    [Test]
    public void Reads_a_large_export_in_bounded_memory()
    {
        const int requests = 26_000;
        var export = new GeneratedExport(requests);
        var source = new SourceFile("solicitudes_grande.csv", () => export);
        var accepted = 0;
        var peak = 0L;

        foreach (var result in Pe.Adapter().Read(source))
        {
            if (result.IsAccepted) accepted++;
            if (accepted % 6_500 == 0) peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
        }

        Assert.That(accepted, Is.EqualTo(requests));
        Assert.That(export.BytesProduced, Is.GreaterThan(50_000_000), "the export must dwarf the memory allowed below");
        // Live objects stay a few megabytes while the export is over fifty: nothing grows with the file but one request number per request.
        Assert.That(peak, Is.LessThan(16_000_000));
    }
}
