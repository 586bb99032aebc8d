using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.CL.Reading;

/// <summary>What the reader yields: a national record, or a problem with the whole file.</summary>
internal readonly record struct ReadItem(NationalRecord? Record, Problem? FileProblem)
{
    public static ReadItem Of(NationalRecord record) => new(record, null);

    public static ReadItem Problem(Problem problem) => new(null, problem);
}
