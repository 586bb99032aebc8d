namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Whether an attachment is an original or a copy (UNCAC art. 46(3)(f) asks for originals or certified copies).</summary>
public enum CopyKind
{
    /// <summary>The original (or an electronic original).</summary>
    Original,
    /// <summary>A copy certified by the authority that holds the original.</summary>
    CertifiedCopy,
    /// <summary>A plain copy.</summary>
    PlainCopy,
}
