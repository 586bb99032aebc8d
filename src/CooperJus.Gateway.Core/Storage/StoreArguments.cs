namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The checks of the store's arguments, made before anything reaches the database: a bad argument is the caller's bug
/// and must not cost a transaction, nor fail the other writes of a group commit.
/// </summary>
internal static class StoreArguments
{
    public const int MaxPage = 1000;

    public static void Sha256(string sha256, string name = "sha256")
    {
        ArgumentNullException.ThrowIfNull(sha256, name);
        if (sha256.Length != 64 || !sha256.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f'))
        {
            throw new ArgumentException($"A SHA-256 is 64 lowercase hexadecimal digits, not '{sha256}'.", name);
        }
    }

    public static void File(IntakeFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(file.Name, nameof(file));
        ArgumentOutOfRangeException.ThrowIfNegative(file.Size, nameof(file));
        Sha256(file.Sha256, nameof(file));
        foreach (var held in file.Held ?? [])
        {
            ArgumentNullException.ThrowIfNull(held, nameof(file));
            ArgumentException.ThrowIfNullOrWhiteSpace(held.Request.RequestId, nameof(file));
            ArgumentException.ThrowIfNullOrWhiteSpace(held.Reason, nameof(file));
            ArgumentException.ThrowIfNullOrWhiteSpace(held.CanonicalJson, nameof(file));
            if (held.Request.Status != RequestStatus.Held || held.Request.Direction != RequestDirection.Outgoing)
                throw new ArgumentException($"Held request {held.Request.RequestId} must be outgoing with status held.", nameof(file));
        }
    }

    public static void Messages(IReadOnlyList<OutgoingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            ArgumentNullException.ThrowIfNull(message, nameof(messages));
            ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageId, nameof(messages));
            ArgumentException.ThrowIfNullOrWhiteSpace(message.PartnerId, nameof(messages));
            ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageType, nameof(messages));
            if (message.SignedEnvelope.IsEmpty) throw new ArgumentException($"Message {message.MessageId} has no envelope.", nameof(messages));
            if (message.Request is { } request) Request(request);
        }
    }

    public static void Request(TrackedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RequestId, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PartnerId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.CaseReference, nameof(request));
        ArgumentNullException.ThrowIfNull(request.RequestedCountry, nameof(request));
        Defined(request.Direction, nameof(request));
        Defined(request.Status, nameof(request));
    }

    public static void Defined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value)) throw new ArgumentOutOfRangeException(name, value, $"Not a {typeof(TEnum).Name}.");
    }

    public static void Lease(OutboxLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentException.ThrowIfNullOrWhiteSpace(lease.MessageId, nameof(lease));
        ArgumentException.ThrowIfNullOrWhiteSpace(lease.Owner, nameof(lease));
    }

    public static void Attempt(DeliveryAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        Defined(attempt.Outcome, nameof(attempt));
        if (attempt.HttpStatus is < 100 or > 599) throw new ArgumentOutOfRangeException(nameof(attempt), attempt.HttpStatus, "Not an HTTP status.");
    }

    public static void PageSize(int count, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPage, name);
    }

    public static void Inbound(InboundMessage message, ReadOnlyMemory<byte> receipt)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageId, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.PartnerId, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageType, nameof(message));
        if (receipt.IsEmpty) throw new ArgumentException("The receipt to answer with is empty.", nameof(receipt));
    }
}
