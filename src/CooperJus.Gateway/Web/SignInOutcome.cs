namespace CooperJus.Gateway.Web;

/// <summary>What <see cref="AuditorCredentials"/> decided about one sign-in attempt.</summary>
internal enum SignInOutcome
{
    /// <summary>The right password of an account.</summary>
    Accepted,

    /// <summary>No such account, or a wrong password: counted by <see cref="SignInThrottle"/>.</summary>
    Refused,

    /// <summary>The name is locked after repeated failures; the password was not checked.</summary>
    Locked,

    /// <summary>Another sign-in of the same client address is being checked; not checked, not counted (429).</summary>
    ClientBusy,

    /// <summary>Too many sign-ins are being checked; not checked, not counted (503).</summary>
    Busy,
}
