namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A document or photograph that travels beside the request.</summary>
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
}
