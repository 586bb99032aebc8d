using CooperJus.Gateway.Benchmarks.Generation;
using CooperJus.Gateway.Benchmarks.Measurement;
using CooperJus.Gateway.Benchmarks.Memory;
using CooperJus.Gateway.Benchmarks.Setup;

namespace CooperJus.Gateway.Benchmarks.Reporting;

/// <summary>Every figure measured for one format.</summary>
internal sealed record FormatResult
{
    /// <summary>The target of the issue: ten times the input within 1.5 times the peak memory.</summary>
    public const double MemoryTarget = 1.5;

    public required FormatPlan Plan { get; init; }

    public required GeneratedFile Main { get; init; }

    public required GeneratedFile Small { get; init; }

    public required Timed Floor { get; init; }

    public required Timed FloorParseOnly { get; init; }

    public required Timed Pipeline { get; init; }

    /// <summary>(b)'s work with the output written the cheaper way (not the gateway's code).</summary>
    public required Timed WhatIf { get; init; }

    public required Timed Schema { get; init; }

    public required Timed SchemaParseOnly { get; init; }

    public required int SchemaDocuments { get; init; }

    public required Timed Full { get; init; }

    public required StageBreakdown Breakdown { get; init; }

    /// <summary>Hot parts measured alone on the first requests of <see cref="Modest"/>.</summary>
    public required IReadOnlyList<HotPart> HotParts { get; init; }

    /// <summary>The file (b*), (d), the stage breakdown and the hot parts ran on: the small file, unless it is too small to time.</summary>
    public required GeneratedFile Modest { get; init; }

    public required MemoryReport SmallMemory { get; init; }

    public required MemoryReport MainMemory { get; init; }

    /// <summary>(b)/(a) in records per second.</summary>
    public double RateRatio => Pipeline.Rate(Main.Records) / Floor.Rate(Main.Records);

    /// <summary>Peak RSS of the big file over peak RSS of the file ten times smaller.</summary>
    public double MemoryRatio => MainMemory.PeakResidentBytes / (double)SmallMemory.PeakResidentBytes;

    /// <summary>(b*)/(a): what the core alone could reach.</summary>
    public double WhatIfRatio => WhatIf.Rate(Modest.Records) / Floor.Rate(Main.Records);

    public bool RateTargetMet => RateRatio >= Plan.RateTarget;

    public bool MemoryTargetMet => MemoryRatio <= MemoryTarget;
}
