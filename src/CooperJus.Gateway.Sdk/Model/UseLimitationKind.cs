namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Kinds of limit on the use of evidence supplied.</summary>
public enum UseLimitationKind
{
    /// <summary>Only for the proceedings named in the request (UNCAC art. 46(19); Nassau Convention art. 25).</summary>
    Speciality,
    /// <summary>To be kept confidential (Budapest Convention art. 28(2)(a)).</summary>
    Confidentiality,
    /// <summary>Anything else.</summary>
    Other,
}
