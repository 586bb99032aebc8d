namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// How a request travels between the authorities. The channel is not a legal basis: the Medellín Treaty (2019), for
/// example, governs transmission through Iber@ and is named here as <see cref="Instrument"/>, not in
/// <see cref="CooperationRequest.LegalBasis"/>.
/// </summary>
public sealed record TransmissionChannel
{
    /// <summary>The kind of channel.</summary>
    public required ChannelKind Kind { get; init; }

    /// <summary>Code of the instrument that governs the channel, in the code space of <see cref="LegalBasis.Instrument"/> (<c>medellin-2019</c>).</summary>
    public string? Instrument { get; init; }
}
