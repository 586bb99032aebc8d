namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The national decision that orders a coercive measure in the requesting State (UNCAC art. 55(3)(c): a copy of the order).</summary>
public sealed record NationalOrder
{
    /// <summary>Whether a court or a prosecutor issued it.</summary>
    public required OrderIssuer IssuedBy { get; init; }

    /// <summary>The court or office, as written.</summary>
    public string? Authority { get; init; }

    /// <summary>The order's reference.</summary>
    public string? Reference { get; init; }

    /// <summary>The date of the order.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>File name of the order among the request's attachments.</summary>
    public string? AttachmentFileName { get; init; }
}
