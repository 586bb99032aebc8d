using System.Globalization;
using System.Text;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Checks, on the sending side, the receipt a partner answered with: signed by a valid key of the partner the message
/// went to, naming it as receiver and this gateway as sender, for this message id, and binding the exact bytes sent
/// through <c>payloadSha256</c>. A duplicate's original receipt is checked too, its key judged at the instant it was
/// signed so that a key rotated out since then still counts. Never throws for bad input. Thread-safe.
/// </summary>
public sealed class ReceiptVerifier
{
    private readonly PartnerDirectory _directory;
    private readonly MessagingOptions _options;
    private readonly TimeProvider _clock;
    private readonly SignedDocumentVerifier _jws;

    /// <summary>A verifier for receipts addressed to gateway <see cref="MessagingOptions.GatewayId"/>.</summary>
    public ReceiptVerifier(PartnerDirectory directory, MessagingOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _directory = directory;
        _options = options;
        _clock = clock;
        _jws = new SignedDocumentVerifier(directory, JwsProfile.Receipt);
    }

    /// <summary>Verifies the body of the partner's answer to <paramref name="sent"/>.</summary>
    public async Task<ReceiptVerification> VerifyAsync(ReadOnlyMemory<byte> body, SentEnvelope sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (body.Length > _options.MaxReceiptBytes)
            return Invalid(null, MessagingRules.ReceiptTooLarge, TooLarge(body.Length));
        var now = _clock.GetUtcNow();
        var document = await _jws.VerifyAsync(body, now).ConfigureAwait(false);
        if (!document.IsVerified) return new ReceiptVerification { Jws = document.Jws, Errors = [document.Error!] };
        var receipt = MessagingJson.TryDeserialize<Receipt>(document.Payload, out var problem);
        var shape = receipt is null ? $"The payload is not a receipt: {problem}" : ReceiptChecks.ShapeProblem(receipt);
        if (shape is not null) return Invalid(document.Jws, MessagingRules.ReceiptMalformed, shape);
        var errors = BindingErrors(receipt!, document.Key!, sent, now);
        if (errors.Count > 0) return new ReceiptVerification { Jws = document.Jws, Errors = errors };
        if (receipt!.Outcome != ReceiptOutcome.Duplicate) return new ReceiptVerification { Jws = document.Jws, Receipt = receipt };
        return await VerifyOriginalAsync(document.Jws!, receipt, sent).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the body of the partner's answer and verifies it; a body over <see cref="MessagingOptions.MaxReceiptBytes"/>
    /// is not kept and is refused with <c>receipt.too-large</c>.
    /// </summary>
    public async Task<ReceiptVerification> VerifyAsync(Stream body, SentEnvelope sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var read = await BoundedBody.ReadAsync(body, _options.MaxReceiptBytes, cancellationToken).ConfigureAwait(false);
        return !read.IsWithinLimit
            ? Invalid(null, MessagingRules.ReceiptTooLarge, TooLarge(read.Length))
            : await VerifyAsync(read.Bytes, sent).ConfigureAwait(false);
    }

    /// <summary>Verifies the receipt in a string (the text of the HTTP answer).</summary>
    public Task<ReceiptVerification> VerifyAsync(string receiptJws, SentEnvelope sent)
    {
        ArgumentNullException.ThrowIfNull(receiptJws);
        return VerifyAsync(Encoding.UTF8.GetBytes(receiptJws), sent);
    }

    private List<ProtocolError> BindingErrors(Receipt receipt, KeyResolution key, SentEnvelope sent, DateTimeOffset now)
    {
        var errors = new List<ProtocolError>();
        if (key.Partner!.Id != sent.Recipient)
            errors.Add(new(MessagingRules.ReceiptSignerMismatch, $"The receipt is signed with key '{key.Key!.KeyId}' of partner '{key.Partner.Id}', but the message was sent to '{sent.Recipient}'."));
        else if (receipt.Receiver != sent.Recipient)
            errors.Add(new(MessagingRules.ReceiptSignerMismatch, $"The receipt names '{receipt.Receiver}' as receiver, but the message was sent to '{sent.Recipient}'."));
        if (receipt.Sender is not null && receipt.Sender != _options.GatewayId)
            errors.Add(new(MessagingRules.ReceiptWrongSender, $"The receipt names '{receipt.Sender}' as sender, but this gateway is '{_options.GatewayId}'."));
        if (receipt.MessageId is not null && receipt.MessageId != sent.MessageId)
            errors.Add(new(MessagingRules.ReceiptWrongMessage, $"The receipt is for message '{receipt.MessageId}', but message '{sent.MessageId}' was sent."));
        if (receipt.PayloadSha256 != sent.PayloadSha256)
            errors.Add(new(MessagingRules.ReceiptHashMismatch, $"The receipt's payloadSha256 {receipt.PayloadSha256} is not the SHA-256 of the bytes sent ({sent.PayloadSha256})."));
        if (receipt.ReceivedAt - now > _directory.ClockSkew)
            errors.Add(new(MessagingRules.ReceiptFromTheFuture, $"The receipt says the message was received at {Format(receipt.ReceivedAt)}, later than this gateway's clock ({Format(now)}) plus the clock-skew tolerance of {_directory.ClockSkew}."));
        return errors;
    }

    private async Task<ReceiptVerification> VerifyOriginalAsync(string jws, Receipt receipt, SentEnvelope sent)
    {
        var document = await _jws.VerifyAsync(Encoding.UTF8.GetBytes(receipt.OriginalReceipt!), keyValidAt: null).ConfigureAwait(false);
        var original = document.IsVerified ? MessagingJson.TryDeserialize<Receipt>(document.Payload, out _) : null;
        var problem = document.Error?.Message ?? OriginalProblem(original, document.Key!, sent);
        return problem is null
            ? new ReceiptVerification { Jws = jws, Receipt = receipt, OriginalReceipt = original }
            : Invalid(jws, MessagingRules.ReceiptOriginalInvalid, $"The duplicate receipt's original receipt does not hold: {problem}");
    }

    private string? OriginalProblem(Receipt? original, KeyResolution key, SentEnvelope sent)
    {
        if (original is null || ReceiptChecks.ShapeProblem(original) is not null) return "it is not a well-formed receipt.";
        if (original.Outcome != ReceiptOutcome.Accepted) return $"its outcome is {original.Outcome.ToString().ToLowerInvariant()}, not accepted.";
        if (key.Partner!.Id != sent.Recipient || original.Receiver != sent.Recipient) return $"it is not signed and given by '{sent.Recipient}'.";
        if (original.MessageId != sent.MessageId) return $"it is for message '{original.MessageId}', not '{sent.MessageId}'.";
        if (original.Sender != _options.GatewayId) return $"it names '{original.Sender}' as sender, not '{_options.GatewayId}'.";
        if (!key.Key!.IsValidAt(original.ReceivedAt, _directory.ClockSkew))
            return $"key '{key.Key.KeyId}' is {key.Key.DescribeWindow()}, which does not cover {Format(original.ReceivedAt)}, when the original says it was signed.";
        return null;
    }

    private string TooLarge(long length) => $"The receipt is {length} bytes; this gateway accepts at most {_options.MaxReceiptBytes} bytes.";

    private static ReceiptVerification Invalid(string? jws, string rule, string message) =>
        new() { Jws = jws, Errors = [new ProtocolError(rule, message)] };

    private static string Format(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);
}
