namespace CooperJus.Gateway.Core.Messaging;

/// <summary>This gateway's side of the partner protocol: who it is, which key it signs with, and how much it accepts.</summary>
public sealed class MessagingOptions
{
    /// <summary>The default <see cref="MaxEnvelopeBytes"/>: 10 MiB.</summary>
    public const long DefaultMaxEnvelopeBytes = 10 * 1024 * 1024;

    /// <summary>The default <see cref="MaxReceiptBytes"/>: 1 MiB.</summary>
    public const long DefaultMaxReceiptBytes = 1024 * 1024;

    /// <summary>This gateway's id: the <c>from</c> of what it sends, the <c>to</c> it accepts, the <c>receiver</c> of its receipts.</summary>
    public string GatewayId { get; set; } = "";

    /// <summary>The key id of this gateway's signing key, as partners list it.</summary>
    public string KeyId { get; set; } = "";

    /// <summary>Path of the PKCS#8 PEM private key file (mode 0600), as <c>cooperjus keys generate</c> writes it.</summary>
    public string PrivateKeyFile { get; set; } = "";

    /// <summary>The largest <see cref="MaxEnvelopeBytes"/> allowed: 1 GiB (a body within the limit is held in one array).</summary>
    public const long MaxMaxEnvelopeBytes = 1024L * 1024 * 1024;

    /// <summary>
    /// Largest envelope body accepted, in bytes; larger bodies are refused with <c>envelope.too-large</c> (HTTP 413)
    /// before parsing. A body within the limit is held in memory while it is checked; a larger one is hashed as it
    /// arrives (its receipt names the SHA-256 of every byte) and only its first bytes are kept.
    /// </summary>
    /// <value>The default value is 10 MiB (10 485 760). At least 1 024, at most 1 GiB.</value>
    public long MaxEnvelopeBytes { get; set; } = DefaultMaxEnvelopeBytes;

    /// <summary>Largest receipt body accepted from a partner, in bytes.</summary>
    /// <value>The default value is 1 MiB (1 048 576). At least 1 024.</value>
    public long MaxReceiptBytes { get; set; } = DefaultMaxReceiptBytes;

    /// <summary>
    /// Oldest <c>createdAt</c> accepted (beyond the clock-skew tolerance); older envelopes are refused with
    /// <c>envelope.too-old</c>. It bounds how long the inbox must remember message ids to recognise every replay: keep
    /// them at least this long. Senders resend the same bytes (the same <c>createdAt</c>) for as long as they retry,
    /// so make it longer than any partner's retry budget.
    /// </summary>
    /// <value>The default value is null: no limit, and message ids must be remembered for ever. At least one hour when set.</value>
    public TimeSpan? MaxMessageAge { get; set; }

    /// <summary>
    /// Every problem with these options, each naming the setting; empty when valid. The key file itself is checked by
    /// <see cref="GatewayKey.TryLoad"/>.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Identifiers.IsGatewayId(GatewayId)) problems.Add($"GatewayId '{GatewayId}' is not a gateway id: use {Identifiers.GatewayIdShape}.");
        if (!Identifiers.IsKeyId(KeyId)) problems.Add($"KeyId '{KeyId}' is not a key id: use {Identifiers.KeyIdShape}.");
        if (string.IsNullOrWhiteSpace(PrivateKeyFile)) problems.Add("PrivateKeyFile is empty; give the path of the private key file `cooperjus keys generate` wrote.");
        if (MaxEnvelopeBytes is < 1024 or > MaxMaxEnvelopeBytes) problems.Add($"MaxEnvelopeBytes is {MaxEnvelopeBytes}; it must be at least 1024 and at most {MaxMaxEnvelopeBytes}.");
        if (MaxReceiptBytes < 1024) problems.Add($"MaxReceiptBytes is {MaxReceiptBytes}; it must be at least 1024.");
        if (MaxMessageAge < TimeSpan.FromHours(1)) problems.Add($"MaxMessageAge is {MaxMessageAge}; it must be at least 01:00:00, or absent for no limit.");
        return problems;
    }
}
