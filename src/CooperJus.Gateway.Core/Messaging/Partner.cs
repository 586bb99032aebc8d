namespace CooperJus.Gateway.Core.Messaging;

/// <summary>A partner gateway in the directory.</summary>
public sealed class Partner
{
    internal Partner(string id, IReadOnlyList<string> countries, Uri url, IReadOnlyList<PartnerKey> keys, IReadOnlyList<string>? schemaVersions = null)
    {
        SchemaVersions = schemaVersions is { Count: > 0 } ? schemaVersions : Versions.SchemaVersions.PartnerDefault;
        Id = id;
        Countries = countries;
        Url = url;
        Keys = keys;
    }

    /// <summary>The partner's gateway id.</summary>
    public string Id { get; }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries this partner serves.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Base URL of the partner's gateway.</summary>
    public Uri Url { get; }

    /// <summary>Where to POST envelopes: <see cref="Url"/> followed by <see cref="PartnerProtocol.MessagesPath"/>.</summary>
    public Uri MessagesUrl => new(Url.AbsoluteUri.TrimEnd('/') + PartnerProtocol.MessagesPath);

    /// <summary>The partner's public keys, in configuration order.</summary>
    public IReadOnlyList<PartnerKey> Keys { get; }

    /// <summary>The canonical versions the partner accepts (<c>["1.0"]</c> when its entry does not say).</summary>
    public IReadOnlyList<string> SchemaVersions { get; }

    /// <summary>The version sent to this partner: the highest both this gateway and the partner know.</summary>
    public string SendVersion => Versions.SchemaVersions.HighestCommon(SchemaVersions) ?? Versions.SchemaVersions.V1;
}
