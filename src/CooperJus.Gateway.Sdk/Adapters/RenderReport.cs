using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>What <see cref="ICountryAdapter.Render"/> did: how many requests it wrote and what it could not carry.</summary>
public sealed record RenderReport
{
    /// <summary>Number of requests written.</summary>
    public required int RequestsWritten { get; init; }

    /// <summary>Canonical content the national format cannot express, one warning per field, naming its canonical path.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];
}
