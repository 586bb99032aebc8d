using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Hashes the gateway made again, with the current parameters, for accounts whose configured hash is older (fewer
/// iterations): the password is only ever known at a successful sign-in, so that is when it is rehashed.
/// </summary>
/// <remarks>
/// <para>The configuration file is the operator's, often managed by a deployment tool, and the gateway never rewrites
/// it. The upgraded hash is kept instead in <c>auditor-password-upgrades.json</c> beside the store (owner-only), keyed
/// by the account name and the fingerprint of the configured hash it replaces; sign-in checks against it from then on.
/// When the operator sets a new hash in the configuration, its fingerprint differs and the new configured hash wins.</para>
/// <para>The old hash stays in the configuration file, though, and it is what someone who copies that file would
/// attack. So each upgrade is also logged as a warning asking the operator to copy the upgraded hash from the file
/// into <c>AuditorView:Accounts</c>: no one needs to ask the person for the password again.</para>
/// </remarks>
internal sealed class PasswordUpgrades
{
    /// <summary>The file's name, in the store's folder.</summary>
    public const string FileName = "auditor-password-upgrades.json";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly Dictionary<string, Upgrade> _byName;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();

    private PasswordUpgrades(string path, Dictionary<string, Upgrade> byName, ILogger logger)
    {
        Path = path;
        _byName = byName;
        _logger = logger;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Reads <paramref name="path"/> if it exists; an unreadable file is logged and replaced at the next upgrade.</summary>
    public static PasswordUpgrades Open(string path, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var byName = new Dictionary<string, Upgrade>(StringComparer.OrdinalIgnoreCase);
        try
        {
            if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject accounts)
                foreach (var (name, entry) in accounts)
                    if (entry?["configured"]?.GetValue<string>() is { } configured && entry["passwordHash"]?.GetValue<string>() is { } hash)
                        byName[name] = new Upgrade(configured, hash);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            AuditorViewLog.UpgradesUnreadable(logger, path, e.Message);
            byName.Clear();
        }
        return new PasswordUpgrades(path, byName, logger);
    }

    /// <summary>The hash to check <paramref name="account"/>'s password against: its upgrade while the configured hash is unchanged, else the configured one.</summary>
    public ParsedPasswordHash Effective(AuditorAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (_gate)
        {
            return _byName.TryGetValue(account.Name, out var upgrade) && upgrade.Configured == account.Fingerprint
                && PasswordHashing.TryParse(upgrade.PasswordHash, out var hash, out _)
                ? hash!
                : account.Hash;
        }
    }

    /// <summary>Keeps <paramref name="passwordHash"/> (current parameters) for <paramref name="account"/> and asks the operator to move it into the configuration.</summary>
    public void Keep(AuditorAccount account, string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (_gate)
        {
            _byName[account.Name] = new Upgrade(account.Fingerprint, passwordHash);
            try
            {
                Write();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still used until the next restart; the configured hash keeps working in any case.
                AuditorViewLog.UpgradeNotSaved(_logger, account.Name, Path, e.Message);
                return;
            }
        }
        AuditorViewLog.PasswordUpgraded(_logger, account.Name, account.Hash.Iterations, PasswordHashing.DefaultIterations, Path);
    }

    /// <summary>Writes the whole file under a temporary name, then renames it over the old one: never half a file.</summary>
    private void Write()
    {
        var accounts = new JsonObject();
        foreach (var (name, upgrade) in _byName.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
            accounts[name] = new JsonObject { ["configured"] = upgrade.Configured, ["passwordHash"] = upgrade.PasswordHash };
        var temporary = Path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(Encoding.UTF8.GetBytes(accounts.ToJsonString(Indented)));
            stream.Flush(flushToDisk: true);
        }
        // A temporary file left by an earlier run keeps its mode: state the intent again.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, OwnerOnly);
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>An upgraded hash and the fingerprint of the configured hash it stands for.</summary>
    private sealed record Upgrade(string Configured, string PasswordHash);
}
