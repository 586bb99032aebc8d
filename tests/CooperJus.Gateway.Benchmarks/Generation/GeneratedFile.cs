namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>A generated national export.</summary>
/// <param name="Path">Where it was written.</param>
/// <param name="Records">What the benchmark counts as records: CSV data rows for PE, pedidos for BR.</param>
/// <param name="Requests">How many cooperation requests the file holds.</param>
/// <param name="Bytes">Size of the file.</param>
internal sealed record GeneratedFile(string Path, long Records, long Requests, long Bytes);
