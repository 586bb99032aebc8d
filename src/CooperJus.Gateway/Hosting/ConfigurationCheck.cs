using CooperJus.Gateway.Core.Storage;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// <c>cooperjus run --check-config</c>: everything a start checks, without serving and without changing anything on
/// disk. The settings, the signing key, the national adapter, the partner keys and the auditor accounts are read as a
/// start reads them (<see cref="GatewayServices.Read"/>); the listen addresses are bound and released
/// (<see cref="ListenerProbe"/>); the store is opened read-only and its schema version compared with this code's
/// (<see cref="StoreInspection"/>): it is neither created nor migrated, so an upgrade can be checked before it is made.
/// </summary>
internal static class ConfigurationCheck
{
    public static ConfigurationCheckResult Run(IConfiguration configuration, TimeProvider clock)
    {
        var problems = new List<string>();
        var read = GatewayServices.Read(configuration, clock, problems);
        var listening = ListenerProbe.Check(configuration, problems);
        read.Key?.Dispose();
        var (settings, directory, storeOptions, key, adapter) = read;
        var summary = new List<string>
        {
            $"gateway '{settings.Messaging.GatewayId}', national adapter {(adapter is null ? "(not loaded)" : adapter.Descriptor.Id)}",
            $"signing key '{settings.Messaging.KeyId}' from {settings.Messaging.PrivateKeyFile}{(key is null ? " (not loaded)" : "")}",
            $"{directory.Partners.Count} partner(s): {string.Join(", ", directory.Partners.Select(p => $"{p.Id} ({string.Join("/", p.Countries)}, {p.Keys.Count} key(s), canonical versions {SchemaVersionsOf(p)})"))}",
        };
        try
        {
            summary.Add("store " + StoreInspection.Describe(storeOptions));
        }
        catch (StoreOpenException e)
        {
            problems.Add($"{StoreOptions.SectionName}:Path: {e.Message}");
        }
        var searchKey = settings.Audit.SearchKeyPath(settings.Messaging.PrivateKeyFile);
        if (File.Exists(searchKey))
        {
            if (Unreadable(searchKey) is { } why) problems.Add($"Audit:SearchKeyFile '{searchKey}' {why}.");
        }
        else if (!Directory.Exists(Path.GetDirectoryName(searchKey)))
        {
            problems.Add($"Audit:SearchKeyFile '{searchKey}': its folder does not exist, so the first start could not create it.");
        }
        summary.Add($"intake {Path.GetFullPath(settings.Intake.Path)}, export {Path.GetFullPath(settings.Gateway.ExportFolder.Length == 0 ? "." : settings.Gateway.ExportFolder)}");
        summary.Add(listening.Count == 0 ? "listening on Kestrel's default address" : "listening on " + string.Join(", ", listening));
        return new ConfigurationCheckResult(problems, summary);
    }

    private static string? Unreadable(string file)
    {
        try
        {
            using var opened = File.OpenRead(file);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be read by this user (run the check as the gateway's user)";
        }
        catch (IOException e)
        {
            return $"cannot be read: {e.Message}";
        }
    }

    /// <summary>The versions a partner entry accepts, saying when that is the default of an entry that does not list them.</summary>
    private static string SchemaVersionsOf(Core.Messaging.PartnerOptions partner) =>
        partner.SchemaVersions.Count == 0 ? $"{Core.Versions.SchemaVersions.V1} (SchemaVersions absent)" : string.Join("/", partner.SchemaVersions);
}
