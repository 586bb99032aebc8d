using System.Text;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The stored word of each member of an enum: its name in kebab-case (<c>RetryWaiting</c> → <c>retry-waiting</c>).
/// Words rather than numbers so the database reads like the CLI and survives a reordering of the enum; renaming a
/// member would change its word, so the schema's CHECK constraints list the words and a test keeps both in step.
/// </summary>
internal static class KebabNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> s_words = Enum.GetValues<TEnum>().ToDictionary(v => v, v => ToKebab(v.ToString()));
    private static readonly Dictionary<string, TEnum> s_values = s_words.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Word(TEnum value) => s_words[value];

    public static TEnum Parse(string word) =>
        s_values.TryGetValue(word, out var value)
            ? value
            : throw new InvalidDataException($"The store holds '{word}' where a value of {typeof(TEnum).Name} was expected.");

    private static string ToKebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
