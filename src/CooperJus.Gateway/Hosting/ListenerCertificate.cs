using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Loads an https listener's certificate the way Kestrel will (PEM certificate and key with <c>KeyPath</c>, else a
/// PFX/PKCS#12 file), so that a wrong password, a key that does not match or a file that is not a certificate is a line
/// of the start-up list instead of a stack trace from Kestrel.
/// </summary>
internal static class ListenerCertificate
{
    /// <summary>Why the certificate cannot serve https, or null when it loads with a private key.</summary>
    public static string? Problem(string path, string? keyPath, string? password)
    {
        try
        {
            using var certificate = Load(path, keyPath, password);
            if (!certificate.HasPrivateKey) return $"the certificate '{path}' has no private key; give Certificate:KeyPath (PEM) or a PFX file that holds the key.";
            return null;
        }
        catch (CryptographicException e)
        {
            var hint = string.IsNullOrEmpty(keyPath) && LooksLikePem(path)
                ? " It is a PEM file: give its private key with Certificate:KeyPath."
                : " Check the file, the key and Certificate:Password.";
            return $"the certificate '{path}'{(string.IsNullOrEmpty(keyPath) ? "" : $" with key '{keyPath}'")} cannot be loaded: {e.Message.TrimEnd('.')}.{hint}";
        }
        catch (ArgumentException e)
        {
            return $"the certificate '{path}' cannot be loaded: {e.Message.TrimEnd('.')}.";
        }
    }

    private static X509Certificate2 Load(string path, string? keyPath, string? password)
    {
        if (string.IsNullOrEmpty(keyPath)) return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return string.IsNullOrEmpty(password)
            ? X509Certificate2.CreateFromPemFile(path, keyPath)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);
    }

    private static bool LooksLikePem(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return reader.ReadLine()?.StartsWith("-----BEGIN", StringComparison.Ordinal) == true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
