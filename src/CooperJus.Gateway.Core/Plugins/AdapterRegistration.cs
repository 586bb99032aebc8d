using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Core.Plugins;

/// <summary>One adapter folder as the gateway found it: the working adapter, or the reason it could not be loaded.</summary>
public sealed record AdapterRegistration
{
    /// <summary>The folder the adapter was found in.</summary>
    public required string Directory { get; init; }

    /// <summary>The loaded adapter, or null when loading failed.</summary>
    public ICountryAdapter? Adapter { get; init; }

    /// <summary>Why the adapter could not be loaded, in words; null when it loaded.</summary>
    public string? LoadProblem { get; init; }

    /// <summary>The adapter's descriptor, when it loaded.</summary>
    public AdapterDescriptor? Descriptor => Adapter?.Descriptor;

    /// <summary>True when the adapter is usable.</summary>
    public bool IsLoaded => Adapter is not null;
}
