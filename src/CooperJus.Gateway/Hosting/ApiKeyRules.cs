namespace CooperJus.Gateway.Hosting;

/// <summary>
/// What <c>Gateway:ApiKey</c> must be: empty (the HTTP intake is off) or at least <see cref="MinimumLength"/>
/// characters that are not a placeholder, so that a configuration copied from the sample, or a key someone typed
/// ("x", "changeme"), never guards the intake of a running gateway.
/// </summary>
internal static class ApiKeyRules
{
    /// <summary>The shortest key accepted: 32 random characters are beyond guessing even at millions of tries a second.</summary>
    public const int MinimumLength = 32;

    private const string Advice = "set at least 32 random characters (for example the output of `openssl rand -base64 32`), or leave it empty to turn the HTTP intake off.";

    // Compared with letters and digits only, lower case: "Change-Me", "change_me" and "CHANGEME" are one placeholder.
    private static readonly string[] Placeholders =
        ["changeme", "changemetoalongrandomsecret", "x", "xxx", "secret", "password", "apikey", "key", "test", "todo", "replaceme", "placeholder", "default"];

    private static readonly string[] PlaceholderParts = ["changeme", "replaceme", "placeholder", "yourapikey", "yoursecret", "yourkey"];

    /// <summary>Why <paramref name="key"/> is refused (the key itself is never repeated: it may be a real secret), or null.</summary>
    public static string? Problem(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0) return null;
        if (IsPlaceholder(key)) return $"Gateway:ApiKey is a placeholder, not a key; {Advice}";
        if (key.Length < MinimumLength) return $"Gateway:ApiKey has {key.Length} characters; {Advice}";
        return null;
    }

    private static bool IsPlaceholder(string key)
    {
        var trimmed = key.Trim();
        if (trimmed.Length >= 2 && ((trimmed[0] == '<' && trimmed[^1] == '>') || trimmed.StartsWith("${", StringComparison.Ordinal) || trimmed.StartsWith("{{", StringComparison.Ordinal)))
            return true;
        var letters = new string([.. trimmed.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        // Nothing but punctuation, or one character repeated ("xxxxxxxx…", "00000000…"), is no secret either.
        return letters.Length == 0 || letters.Distinct().Count() == 1 || Placeholders.Contains(letters)
            || PlaceholderParts.Any(part => letters.Contains(part, StringComparison.Ordinal));
    }
}
