using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>What the gateway gives an adapter when it creates it.</summary>
public sealed class AdapterContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="adapterDirectory">The folder the adapter was loaded from.</param>
    /// <param name="codeLists">Where the adapter's code lists are read from.</param>
    /// <param name="settings">Adapter settings from configuration (section <c>Adapters:&lt;id&gt;</c>).</param>
    /// <param name="clock">The clock: use it instead of the static DateTimeOffset.UtcNow so tests control time.</param>
    public AdapterContext(string adapterDirectory, CodeListSource codeLists, IReadOnlyDictionary<string, string> settings, TimeProvider clock)
    {
        AdapterDirectory = adapterDirectory;
        CodeLists = codeLists;
        Settings = settings;
        Clock = clock;
    }

    /// <summary>The folder the adapter's assembly was loaded from.</summary>
    public string AdapterDirectory { get; }

    /// <summary>Code lists: national codes to canonical codes, read from data files an office can edit.</summary>
    public CodeListSource CodeLists { get; }

    /// <summary>
    /// Settings from configuration, for example <c>Encoding</c> = <c>windows-1252</c> to force an encoding instead of
    /// detecting it. Keys are case-insensitive.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>A context for an adapter loaded from <paramref name="adapterDirectory"/>, with its own code lists, no settings and the system clock.</summary>
    public static AdapterContext ForDirectory(string adapterDirectory) =>
        new(adapterDirectory, new CodeListSource(Path.Combine(adapterDirectory, "codelists")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), TimeProvider.System);
}
