namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The channel a request travels by.</summary>
public enum ChannelKind
{
    /// <summary>Through the central authorities designated under the instrument (UNCAC art. 46(13), UNTOC art. 18(13)).</summary>
    CentralAuthority,
    /// <summary>Directly between the competent authorities, where the instrument allows it.</summary>
    Direct,
    /// <summary>Through a network of prosecution services (AIAMP, IberRed contact points).</summary>
    ProsecutorNetwork,
    /// <summary>Through Iber@, IberRed's secure electronic platform (Medellín Treaty, 2019).</summary>
    IberAt,
}
