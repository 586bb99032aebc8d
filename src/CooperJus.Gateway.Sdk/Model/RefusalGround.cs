namespace CooperJus.Gateway.Sdk.Model;

/// <summary>One ground of a refusal, with the requested State's explanation (UNCAC art. 46(23): reasons are given).</summary>
public sealed record RefusalGround
{
    /// <summary>The ground.</summary>
    public required RefusalGroundCode Code { get; init; }

    /// <summary>The explanation, as written.</summary>
    public string? Explanation { get; init; }
}
