using System.Globalization;
using System.Text.Json;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Checks a received body against the partner directory and says whether it is an envelope this gateway may accept.
/// Never throws for bad input: every failure is an <see cref="EnvelopeVerification"/> with rule ids and words. Thread-safe.
/// </summary>
/// <remarks>
/// Order of checks: size (before anything is parsed), JWS shape and header, key known, key inside its validity
/// window now, signature; then the payload: an envelope of the right shape, <c>from</c> the partner owning the key,
/// <c>to</c> this gateway, <c>createdAt</c> not beyond now plus the clock-skew tolerance (nor older than
/// <see cref="MessagingOptions.MaxMessageAge"/> when set). The first failure before
/// the payload stops the checks; the payload checks are all reported. De-duplication (a message id seen before) is
/// the store's job: it answers with the original receipt.
/// </remarks>
public sealed class EnvelopeVerifier
{
    private readonly PartnerDirectory _directory;
    private readonly MessagingOptions _options;
    private readonly TimeProvider _clock;
    private readonly SignedDocumentVerifier _jws;

    /// <summary>A verifier for the gateway <see cref="MessagingOptions.GatewayId"/>, trusting the partners of <paramref name="directory"/>.</summary>
    public EnvelopeVerifier(PartnerDirectory directory, MessagingOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _directory = directory;
        _options = options;
        _clock = clock;
        _jws = new SignedDocumentVerifier(directory, JwsProfile.Envelope);
    }

    /// <summary>
    /// Reads an HTTP request body and verifies it. A body over <see cref="MessagingOptions.MaxEnvelopeBytes"/> is
    /// hashed to its end but not kept, and refused with <c>envelope.too-large</c>; cap the server's own request size
    /// (Kestrel's MaxRequestBodySize) well above the limit so an endless body is cut off.
    /// </summary>
    public async Task<EnvelopeVerification> VerifyAsync(Stream body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var read = await BoundedBody.ReadAsync(body, _options.MaxEnvelopeBytes, cancellationToken).ConfigureAwait(false);
        var receivedAt = _clock.GetUtcNow();
        return !read.IsWithinLimit
            ? TooLarge(receivedAt, read.Length, read.Sha256)
            : await VerifyWithinLimitAsync(read.Bytes, receivedAt, read.Sha256).ConfigureAwait(false);
    }

    /// <summary>Verifies a body already in memory: the exact bytes received, a compact JWS in ASCII.</summary>
    public Task<EnvelopeVerification> VerifyAsync(ReadOnlyMemory<byte> body)
    {
        var receivedAt = _clock.GetUtcNow();
        var sha256 = Sha256Hex.Of(body.Span);
        return body.Length > _options.MaxEnvelopeBytes
            ? Task.FromResult(TooLarge(receivedAt, body.Length, sha256))
            : VerifyWithinLimitAsync(body, receivedAt, sha256);
    }

    /// <summary>The refusal of a body read past the limit, naming its full length and SHA-256 (for callers that read the body themselves).</summary>
    internal EnvelopeVerification TooLarge(BoundedBody read) => TooLarge(_clock.GetUtcNow(), read.Length, read.Sha256);

    private EnvelopeVerification TooLarge(DateTimeOffset receivedAt, long length, string sha256) =>
        new(receivedAt, length, sha256)
        {
            Errors = [new ProtocolError(MessagingRules.EnvelopeTooLarge, $"The envelope is {length} bytes; this gateway accepts at most {_options.MaxEnvelopeBytes} bytes.")],
        };

    private async Task<EnvelopeVerification> VerifyWithinLimitAsync(ReadOnlyMemory<byte> body, DateTimeOffset receivedAt, string sha256)
    {
        var document = await _jws.VerifyAsync(body, receivedAt).ConfigureAwait(false);
        if (!document.IsVerified) return Rejected(document, receivedAt, body.Length, sha256, [document.Error!]);
        var envelope = MessagingJson.TryDeserialize<Envelope>(document.Payload, out var problem);
        var shape = envelope is null ? $"The payload is not an envelope: {problem}" : EnvelopeChecks.ShapeProblem(envelope);
        if (shape is not null) return Rejected(document, receivedAt, body.Length, sha256, [new ProtocolError(MessagingRules.EnvelopeMalformed, shape)]);
        var errors = AddressingErrors(envelope!, document.Key!, receivedAt);
        if (errors.Count > 0) return Rejected(document, receivedAt, body.Length, sha256, errors);
        return new EnvelopeVerification(receivedAt, body.Length, sha256)
        {
            Jws = document.Jws,
            KeyId = document.KeyId,
            Envelope = envelope,
            Sender = document.Key!.Partner,
            Signer = document.Key.Partner,
            MessageId = envelope!.MessageId,
            ClaimedSender = envelope.From,
        };
    }

    private List<ProtocolError> AddressingErrors(Envelope envelope, KeyResolution key, DateTimeOffset now)
    {
        var errors = new List<ProtocolError>();
        var owner = key.Partner!.Id;
        if (envelope.From != owner)
            errors.Add(new(MessagingRules.EnvelopeSenderMismatch, $"The envelope says it comes from '{envelope.From}', but its signing key '{key.Key!.KeyId}' belongs to partner '{owner}'."));
        if (envelope.To != _options.GatewayId)
            errors.Add(new(MessagingRules.EnvelopeWrongRecipient, $"The envelope is addressed to '{envelope.To}', but this gateway is '{_options.GatewayId}'."));
        if (envelope.CreatedAt - now > _directory.ClockSkew)
            errors.Add(new(MessagingRules.EnvelopeFromTheFuture, $"The envelope was created at {Format(envelope.CreatedAt)}, later than this gateway's clock ({Format(now)}) plus the clock-skew tolerance of {_directory.ClockSkew}."));
        if (_options.MaxMessageAge is { } maxAge && now - envelope.CreatedAt - _directory.ClockSkew > maxAge)
            errors.Add(new(MessagingRules.EnvelopeTooOld, $"The envelope was created at {Format(envelope.CreatedAt)}, more than {maxAge} (plus the clock-skew tolerance of {_directory.ClockSkew}) before this gateway's clock ({Format(now)}); this gateway does not accept messages that old."));
        return errors;
    }

    private static EnvelopeVerification Rejected(SignedDocument document, DateTimeOffset receivedAt, long length, string sha256, IReadOnlyList<ProtocolError> errors)
    {
        var (messageId, from) = Unverified(document.Payload);
        return new EnvelopeVerification(receivedAt, length, sha256)
        {
            Jws = document.Jws,
            KeyId = document.KeyId,
            Signer = document.IsVerified ? document.Key?.Partner : null,
            MessageId = messageId,
            ClaimedSender = from,
            Errors = errors,
        };
    }

    /// <summary>The message id and sender as the payload claims them, for the rejected receipt; nothing is trusted here.</summary>
    private static (string? MessageId, string? From) Unverified(byte[]? payload)
    {
        if (payload is null) return (null, null);
        try
        {
            using var json = JsonDocument.Parse(payload);
            if (json.RootElement.ValueKind != JsonValueKind.Object) return (null, null);
            var messageId = StringMember(json.RootElement, "messageId");
            var from = StringMember(json.RootElement, "from");
            return (Identifiers.IsMessageId(messageId) ? messageId : null, Identifiers.IsGatewayId(from) ? from : null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Format(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
