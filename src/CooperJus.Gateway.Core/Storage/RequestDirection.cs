namespace CooperJus.Gateway.Core.Storage;

/// <summary>Whether this gateway sent the request (its office asks) or received it (its office must answer).</summary>
public enum RequestDirection
{
    /// <summary>Sent by this gateway to a partner; the partner's responses update it.</summary>
    Outgoing,

    /// <summary>Received from a partner; this office's own responses update it.</summary>
    Incoming,
}
