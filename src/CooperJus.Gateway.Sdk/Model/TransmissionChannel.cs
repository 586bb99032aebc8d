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

    /// <summary>
    /// The instrument that governs the channel: a code of <see cref="LegalBasis.Instrument"/>'s code space where it has one
    /// (<c>medellin-2019</c>), otherwise its name as written.
    /// </summary>
    public string? Instrument { get; init; }
}
