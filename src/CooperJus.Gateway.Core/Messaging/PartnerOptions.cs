namespace CooperJus.Gateway.Core.Messaging;

/// <summary>One partner gateway, as configured (<c>Partners:n</c>).</summary>
public sealed class PartnerOptions
{
    /// <summary>The partner's gateway id, as it writes it in the <c>from</c> of its envelopes (for example <c>es-fge</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 codes (capitals) of the countries whose requests go to this partner. Each country belongs to one partner at most.</summary>
    public IList<string> Countries { get; } = [];

    /// <summary>
    /// Base URL of the partner's gateway; messages are posted to <c>{Url}/partner/v1/messages</c>. https, or plain
    /// http on loopback (or elsewhere with <see cref="PartnerDirectoryOptions.AllowPlainHttp"/>).
    /// </summary>
    public string Url { get; set; } = "";

    /// <summary>The partner's public keys. Several may be valid at once, so the partner rotates keys without downtime.</summary>
    public IList<PartnerKeyOptions> Keys { get; } = [];

    /// <summary>
    /// The canonical versions (<c>schemaVersion</c>) the partner accepts, for example <c>["1.0", "2.0"]</c>; the gateway
    /// sends the highest one both sides know. Empty (the setting absent) means <c>["1.0"]</c>: what every gateway
    /// before v2 accepts. Not defaulted here: the configuration binder adds to a list it finds, it does not replace it.
    /// </summary>
    public IList<string> SchemaVersions { get; } = [];
}
