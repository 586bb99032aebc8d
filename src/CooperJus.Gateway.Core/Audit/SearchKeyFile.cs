using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The file that holds the secret key of the audit search index (<see cref="PersonSearchTerms"/>): one line, the
/// base64 of <see cref="PersonSearchTerms.KeyBytes"/> random bytes, readable by its owner only. It lives outside the
/// database on purpose: a copy of the store without it reveals no name or identity number, even to someone who hashes
/// every candidate. Back it up with the signing key: without it, the person search of the requests recorded so far
/// cannot be rebuilt except from the bodies retention has not pruned.
/// </summary>
public static class SearchKeyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Reads the key of <paramref name="path"/>, or says in words why it cannot (naming the file).</summary>
    public static bool TryLoad(string path, [NotNullWhen(true)] out PersonSearchTerms? terms, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        terms = null;
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOthers) != 0)
        {
            problem = $"the search key file '{path}' is accessible to other users; it must be readable by its owner only. Run `chmod 600 {path}` and start again.";
            return false;
        }
        string text;
        try
        {
            text = File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"the search key file '{path}' cannot be read: {e.Message}";
            return false;
        }
        var key = new byte[PersonSearchTerms.KeyBytes * 2];
        if (!Convert.TryFromBase64String(text, key, out var length) || length < PersonSearchTerms.KeyBytes)
        {
            problem = $"the search key file '{path}' does not hold the base64 of at least {PersonSearchTerms.KeyBytes} bytes.";
            return false;
        }
        terms = new PersonSearchTerms(key.AsSpan(0, length));
        problem = null;
        return true;
    }

    /// <summary>
    /// Writes a new random key to <paramref name="path"/>, created readable by its owner only (never overwritten), and
    /// returns its terms.
    /// </summary>
    /// <exception cref="IOException">The file already exists, or its folder cannot be written.</exception>
    public static PersonSearchTerms Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var key = RandomNumberGenerator.GetBytes(PersonSearchTerms.KeyBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.WriteLine(Convert.ToBase64String(key));
        }
        return new PersonSearchTerms(key);
    }
}
