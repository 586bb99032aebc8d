namespace CooperJus.Gateway.Web;

/// <summary>Why <see cref="PasswordWork"/> refused to check a password now.</summary>
internal enum PasswordWorkRefusal
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>A sign-in from the same client address is being checked or waits (429).</summary>
    ClientBusy,

    /// <summary>Every running and waiting place is taken (503).</summary>
    Saturated,
}
