namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>The cost of one operation of the pipeline measured alone, and how often a request needs it.</summary>
/// <param name="Name">The operation.</param>
/// <param name="NanosecondsPerCall">Mean time of one call.</param>
/// <param name="BytesPerCall">Managed bytes one call allocates.</param>
/// <param name="CallsPerRequest">How many calls one request of the file needs (from its lineage), or 1.</param>
internal sealed record HotPart(string Name, double NanosecondsPerCall, double BytesPerCall, double CallsPerRequest)
{
    /// <summary>Time the operation costs one request.</summary>
    public double MicrosecondsPerRequest => NanosecondsPerCall * CallsPerRequest / 1000;
}
