namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>What one pass over a file produced.</summary>
/// <param name="Accepted">Requests accepted (floor: rows or pedidos read).</param>
/// <param name="Rejected">Records rejected, with the first problem seen when any.</param>
/// <param name="FileProblems">Problems about the whole file.</param>
/// <param name="BytesOut">Bytes of JSON written to the null stream.</param>
/// <param name="FirstProblem">The first error met, to say why something was rejected.</param>
internal sealed record RunCounts(long Accepted, long Rejected, long FileProblems, long BytesOut, string? FirstProblem = null);
