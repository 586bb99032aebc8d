using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// This gateway's signing key: an ES256 (ECDSA P-256) key pair with its key id (<c>kid</c>). The private key lives in
/// a PKCS#8 PEM file readable by its owner only; partners receive the public half as a JWK
/// (<see cref="ExportPublicJwk"/>) and list it in their partner directory under the same key id.
/// </summary>
/// <remarks>
/// Rotation: generate a new key with a new key id, give partners its JWK with a <c>notBefore</c>, switch the gateway
/// to it once every partner has it, and let them set a <c>notAfter</c> on the old one. Receipts signed with the old
/// key stay verifiable as long as partners keep it in their directory.
/// </remarks>
public sealed class GatewayKey : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly ECDsa _ecdsa;
    private readonly CryptoProviderFactory _providers;

    private GatewayKey(ECDsa ecdsa, string keyId)
    {
        _ecdsa = ecdsa;
        KeyId = keyId;
        var securityKey = new ECDsaSecurityKey(ecdsa) { KeyId = keyId };
        // The shared default factory caches signature providers by key thumbprint for the life of the process. A key
        // disposed and loaded again from the same file would then be served the provider that holds the disposed
        // ECDsa (ObjectDisposedException on the next signature). This key's providers live in its own cache and
        // end with it.
        _providers = new CryptoProviderFactory();
        SigningCredentials = new SigningCredentials(securityKey, SecurityAlgorithms.EcdsaSha256) { CryptoProviderFactory = _providers };
    }

    /// <summary>The key id partners know this key by; every JWS this gateway signs names it in its <c>kid</c> header.</summary>
    public string KeyId { get; }

    /// <summary>The public half as a JWK object (kty EC, crv P-256, x, y, kid, use sig, alg ES256).</summary>
    public PublicJwk PublicJwk => PublicJwk.From(_ecdsa.ExportParameters(includePrivateParameters: false), KeyId);

    internal SigningCredentials SigningCredentials { get; }

    /// <summary>A new random P-256 key pair.</summary>
    /// <exception cref="ArgumentException"><paramref name="keyId"/> is not a valid key id.</exception>
    public static GatewayKey Generate(string keyId)
    {
        RequireKeyId(keyId);
        return new GatewayKey(ECDsa.Create(ECCurve.NamedCurves.nistP256), keyId);
    }

    /// <summary>A key from the text of a PKCS#8 PEM file (<c>-----BEGIN PRIVATE KEY-----</c>).</summary>
    /// <exception cref="ArgumentException">The key id is invalid, or the PEM holds no P-256 private key.</exception>
    public static GatewayKey FromPem(string pem, string keyId)
    {
        RequireKeyId(keyId);
        return TryImport(pem, keyId, out var key, out var problem) ? key : throw new ArgumentException(problem, nameof(pem));
    }

    /// <summary>Loads the private key file written by <see cref="SavePrivateKey"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// The file is missing, unreadable, readable or writable by group or others on Unix, or holds no P-256 private key;
    /// the message names the file and the fix.
    /// </exception>
    public static GatewayKey Load(string privateKeyFile, string keyId) =>
        TryLoad(privateKeyFile, keyId, out var key, out var problem) ? key : throw new InvalidOperationException(problem);

    /// <summary>Loads the private key file, or says in words why it cannot (for start-up validation that lists every problem).</summary>
    public static bool TryLoad(
        string privateKeyFile,
        string keyId,
        [NotNullWhen(true)] out GatewayKey? key,
        [NotNullWhen(false)] out string? problem)
    {
        key = null;
        problem = Identifiers.IsKeyId(keyId) ? FileProblem(privateKeyFile) : $"The key id '{keyId}' is not valid: use {Identifiers.KeyIdShape}.";
        if (problem is not null) return false;
        string pem;
        try
        {
            pem = File.ReadAllText(privateKeyFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"The private key file '{privateKeyFile}' cannot be read: {exception.Message}";
            return false;
        }
        if (TryImport(pem, keyId, out key, out problem)) return true;
        problem = $"The private key file '{privateKeyFile}': {problem}";
        return false;
    }

    /// <summary>The private key as PKCS#8 PEM text. Handle with care: whoever holds it can sign as this gateway.</summary>
    public string ExportPrivateKeyPem() => _ecdsa.ExportPkcs8PrivateKeyPem();

    /// <summary>
    /// Writes the private key as PKCS#8 PEM to a new file that only its owner may read and write (mode 0600 on Unix,
    /// set as the file is created so it is never readable by others, even for a moment).
    /// </summary>
    /// <exception cref="IOException">The file already exists: a key is never overwritten.</exception>
    public void SavePrivateKey(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(ExportPrivateKeyPem());
        }
        // The process umask can only remove bits from UnixCreateMode; setting the mode again states the intent plainly.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, OwnerOnly);
    }

    /// <summary>The public JWK as compact JSON text, to give to partners.</summary>
    public string ExportPublicJwk() => PublicJwk.ToJson();

    /// <inheritdoc />
    public void Dispose()
    {
        (_providers.CryptoProviderCache as IDisposable)?.Dispose();
        _ecdsa.Dispose();
    }

    private static string? FileProblem(string privateKeyFile)
    {
        if (!File.Exists(privateKeyFile)) return $"The private key file '{privateKeyFile}' does not exist. Create one with `cooperjus keys generate`.";
        if (OperatingSystem.IsWindows()) return null;
        var mode = File.GetUnixFileMode(privateKeyFile);
        if ((mode & GroupOrOthers) == 0) return null;
        return $"The private key file '{privateKeyFile}' is accessible to other users (mode {Octal(mode)}); "
            + $"a signing key must be readable by its owner only. Run `chmod 600 {privateKeyFile}` and start again.";
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0b111_111_111, 8).PadLeft(4, '0');

    private static bool TryImport(string pem, string keyId, [NotNullWhen(true)] out GatewayKey? key, [NotNullWhen(false)] out string? problem)
    {
        key = null;
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            var parameters = ecdsa.ExportParameters(includePrivateParameters: true);
            if (parameters.D is null || parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                problem = "it must hold an EC P-256 private key (PKCS#8, as `cooperjus keys generate` writes it).";
                ecdsa.Dispose();
                return false;
            }
            key = new GatewayKey(ecdsa, keyId);
            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            ecdsa.Dispose();
            problem = $"it holds no readable EC private key in PEM form ({exception.Message}).";
            return false;
        }
    }

    private static void RequireKeyId(string keyId)
    {
        if (!Identifiers.IsKeyId(keyId)) throw new ArgumentException($"The key id '{keyId}' is not valid: use {Identifiers.KeyIdShape}.", nameof(keyId));
    }
}
