namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A document or photograph that travels beside the request, with what an authority needs to rely on it as evidence.</summary>
public sealed record Attachment
{
    /// <summary>File name, without folders.</summary>
    public required string FileName { get; init; }

    /// <summary>IANA media type, for example <c>application/pdf</c>.</summary>
    public required string MediaType { get; init; }

    /// <summary>SHA-256 of the content, 64 lowercase hex digits.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Size in bytes.</summary>
    public required long Size { get; init; }

    /// <summary>What the document is.</summary>
    public AttachmentType? DocumentType { get; init; }

    /// <summary>BCP 47 language of the document.</summary>
    public string? Language { get; init; }

    /// <summary>File name of the attachment this one translates.</summary>
    public string? TranslationOf { get; init; }

    /// <summary>When and by whom the evidence was obtained.</summary>
    public Obtained? Obtained { get; init; }

    /// <summary>Whether this is the original, a certified copy or a plain copy.</summary>
    public CopyKind? CopyKind { get; init; }

    /// <summary>Number of the seal or evidence bag, for physical evidence.</summary>
    public string? SealNumber { get; init; }

    /// <summary>Who held the evidence, from when, in order.</summary>
    public IReadOnlyList<CustodyEvent> ChainOfCustody { get; init; } = [];

    /// <summary>The date by which an original lent must be returned (Nassau Convention art. 12).</summary>
    public DateOnly? ReturnBy { get; init; }
}
