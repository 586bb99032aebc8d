namespace CooperJus.Gateway.Web;

/// <summary>
/// The slow step of password hashing, PBKDF2-HMAC-SHA256. An interface so that a test can count the work each sign-in
/// does (the cost model of <see cref="PasswordCheck"/>) rather than time it.
/// </summary>
internal interface IKeyDerivation
{
    /// <summary>Derives <paramref name="length"/> bytes from <paramref name="password"/> and <paramref name="salt"/> in <paramref name="iterations"/> iterations.</summary>
    byte[] Derive(string password, byte[] salt, int iterations, int length);
}
