using CooperJus.Gateway.Benchmarks.Generation;
using CooperJus.Gateway.Benchmarks.Measurement;

namespace CooperJus.Gateway.Benchmarks.Setup;

/// <summary>How one national format is benchmarked: its adapter, how files are generated and what its floor is.</summary>
/// <param name="AdapterId">Adapter id (<c>PE</c>).</param>
/// <param name="Title">Name of the format in the report.</param>
/// <param name="RecordName">What a record is in this format (<c>rows</c>, <c>pedidos</c>).</param>
/// <param name="FileName">Name of a generated file of a given number of records.</param>
/// <param name="TemplateSource">Where the template requests come from, in words.</param>
/// <param name="Generate">Writes a file of (path, records, seed).</param>
/// <param name="Floor">The floor over a file; the flag says whether to serialise (false: parse only).</param>
/// <param name="FloorName">The floor in words.</param>
/// <param name="RateTarget">The (b)/(a) the format is held to: 0.5 for PE and BR (their issue's target), 0.3 for the
/// others (issue 13: a rate below 0.3 of the floor needs its reason).</param>
internal sealed record FormatPlan(
    string AdapterId,
    string Title,
    string RecordName,
    Func<long, string> FileName,
    string TemplateSource,
    Func<string, long, int, GeneratedFile> Generate,
    Func<string, bool, RunCounts> Floor,
    string FloorName,
    double RateTarget = 0.5);
