namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>How the fake partner (a fault-injecting proxy in front of a real gateway) treats what reaches it.</summary>
public enum FakePartnerMode
{
    /// <summary>Passes every request to the gateway behind it and its answer back, unchanged.</summary>
    Forward,

    /// <summary>The partner is down behind a load balancer: 503, with <c>Retry-After</c> when one is set.</summary>
    Unavailable,

    /// <summary>The partner is down: the connection is closed without an answer.</summary>
    Refuse,

    /// <summary>
    /// The gateway behind processes the message, but its first answer for each message id never reaches the sender:
    /// a 502 arrives instead. Later answers pass.
    /// </summary>
    LoseFirstAnswerAsBadGateway,

    /// <summary>As <see cref="LoseFirstAnswerAsBadGateway"/>, but the connection is closed instead of answering.</summary>
    LoseFirstAnswerByClosing,
}
