using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// One real gateway in this process: <c>GatewayHost.BuildAsync</c> with Kestrel on a free loopback port, its own
/// temporary folder (intake, export, SQLite store, private key file) and a freshly generated key. Settings are those
/// of <c>cooperjus demo</c>, with delivery delays short enough for tests; <see cref="Set"/> changes any of them
/// before <see cref="StartAsync"/>. It listens in development mode (every surface on the one <c>Urls</c> listener)
/// unless <see cref="WithSeparateListeners"/> gives the partner protocol and the inside surfaces a port each.
/// </summary>
internal sealed class TestGateway : IAsyncDisposable
{
    /// <summary>The intake's API key: long enough and no placeholder, as the gateway demands.</summary>
    public const string ApiKey = "test-api-key-5c0e8d3b7a914f26b1d9e4a7c3f08b62";

    private readonly TemporaryFolder _folder = new();
    private readonly Dictionary<string, string?> _settings;

    private TestGateway(string id, string country, string adapter)
    {
        Identity = new PartnerIdentity(id, country);
        Adapter = adapter;
        (Port, InsidePort) = LocalGateway.FreeLoopbackPorts();
        Identity.Key.SavePrivateKey(PrivateKeyFile);
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Urls"] = Url,
            ["Logging:LogLevel:Default"] = "Error",
            ["Gateway:NationalAdapter"] = adapter,
            ["Gateway:ExportFolder"] = ExportFolder,
            ["Gateway:ApiKey"] = ApiKey,
            ["Gateway:LeaseOwner"] = id + "-test",
            ["Gateway:IntakeScanInterval"] = "00:00:00.050",
            ["Adapters:Path"] = RepositoryPaths.BuiltAdapters,
            ["Intake:Path"] = IntakeFolder,
            ["Intake:StableFor"] = "00:00:00.100",
            ["Store:Path"] = StorePath,
            ["Messaging:GatewayId"] = id,
            ["Messaging:KeyId"] = Identity.KeyId,
            ["Messaging:PrivateKeyFile"] = PrivateKeyFile,
            ["Delivery:BaseDelay"] = "00:00:00.050",
            ["Delivery:MaxDelay"] = "00:00:01",
            ["Delivery:AttemptTimeout"] = "00:00:05",
            ["Delivery:BreakDuration"] = "00:00:00.500",
            ["Delivery:IdlePoll"] = "00:00:00.200",
        };
    }

    public PartnerIdentity Identity { get; }

    public string Id => Identity.Id;

    public string Adapter { get; }

    /// <summary>The port of <see cref="Url"/>.</summary>
    public int Port { get; }

    /// <summary>The inside listener's port, used once <see cref="WithSeparateListeners"/> is called.</summary>
    public int InsidePort { get; }

    /// <summary>The development listener, or with <see cref="WithSeparateListeners"/> the partner listener.</summary>
    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>Where the intake API, the auditor view and detailed health answer: <see cref="Url"/> in development mode.</summary>
    public string InsideUrl => SeparateListeners ? $"http://127.0.0.1:{InsidePort}/" : Url;

    /// <summary>Whether the partner protocol and the inside surfaces have a listener each.</summary>
    public bool SeparateListeners { get; private set; }

    public string Root => _folder.Path;

    public string IntakeFolder => _folder.Combine("intake");

    public string ExportFolder => _folder.Combine("export");

    public string StorePath => _folder.Combine("gateway.db");

    public string PrivateKeyFile => _folder.Combine("gateway.key.pem");

    public WebApplication? Host { get; private set; }

    /// <summary>A JSON configuration file read before the settings, and again whenever it changes; null for none.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The clock of the auditor view's sessions and sign-in locks; null for the system clock.</summary>
    public TimeProvider? ViewClock { get; set; }

    public GatewayServices Services => (Host ?? throw new InvalidOperationException($"gateway {Id} is not started")).Services.GetRequiredService<GatewayServices>();

    public IGatewayStore Store => Services.Store;

    /// <summary>A gateway id <paramref name="id"/> for <paramref name="country"/>, whose national system is <paramref name="adapter"/> (default: the country).</summary>
    public static TestGateway Create(string id, string country, string? adapter = null) => new(id, country, adapter ?? country);

    /// <summary>This gateway as its partners list it (reached directly, or through <paramref name="url"/>, a proxy in front of it).</summary>
    public PartnerEntry AsPartner(string? url = null) => Identity.AsPartner(url ?? Url);

    /// <summary>Changes one configuration setting (before <see cref="StartAsync"/>); null removes it.</summary>
    public TestGateway Set(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>
    /// Listens as a deployment does: the partner listener on <see cref="Url"/> (<c>Kestrel:Endpoints:Partner</c>) and
    /// the inside listener on <see cref="InsideUrl"/> (<c>Kestrel:Endpoints:Inside</c>), instead of <c>Urls</c>.
    /// </summary>
    public TestGateway WithSeparateListeners()
    {
        SeparateListeners = true;
        return Set("Urls", null)
            .Set("Kestrel:Endpoints:Partner:Url", Url)
            .Set("Kestrel:Endpoints:Inside:Url", InsideUrl);
    }

    /// <summary>Every setting the gateway will start with, partners included.</summary>
    public IReadOnlyDictionary<string, string?> Settings(IEnumerable<PartnerEntry> partners)
    {
        var all = new Dictionary<string, string?>(_settings, StringComparer.OrdinalIgnoreCase);
        foreach (var (partner, index) in partners.Select((p, i) => (p, i)))
            foreach (var (key, value) in partner.Settings(index)) all[key] = value;
        return all;
    }

    /// <summary>Builds and starts the gateway, trusting <paramref name="partners"/>.</summary>
    public async Task StartAsync(params PartnerEntry[] partners)
    {
        Host = await GatewayHost.BuildAsync(ConfigFile, Settings(partners), CancellationToken.None, ViewClock);
        await Host.StartAsync();
    }

    /// <summary>
    /// Drops a national export (or a <c>*.response.json</c>) into the intake folder the way a national system should:
    /// written under a name the scan ignores, renamed, then a <c>.done</c> marker.
    /// </summary>
    public void Drop(string name, string content) => Drop(name, System.Text.Encoding.UTF8.GetBytes(content));

    /// <inheritdoc cref="Drop(string, string)"/>
    public void Drop(string name, byte[] content)
    {
        Directory.CreateDirectory(IntakeFolder);
        var path = Path.Combine(IntakeFolder, name);
        File.WriteAllBytes(path + ".part", content);
        File.Move(path + ".part", path);
        File.WriteAllText(path + ".done", "");
    }

    /// <summary>
    /// The files the national system received, by name: the exporter's temporary files and the <c>.warnings.txt</c>
    /// notes it writes beside a file (what the national format could not carry) left out.
    /// </summary>
    public IReadOnlyList<string> ExportedFiles() =>
        Directory.Exists(ExportFolder)
            ? Directory.GetFiles(ExportFolder).Select(p => Path.GetFileName(p))
                .Where(n => !n.StartsWith('.') && !n.EndsWith(".warnings.txt", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// The file name the national adapter gives request <paramref name="requestId"/> in the export folder: its first
    /// file pattern with <c>*</c> = the canonical request id.
    /// </summary>
    public string ExportNameOf(string requestId) =>
        Adapter.ToUpperInvariant() switch
        {
            "ES" => $"fortuny_{requestId}.xml",
            "BR" => $"pedidos_{requestId}.json",
            "PE" => $"solicitudes_{requestId}.csv",
            _ => throw new ArgumentOutOfRangeException(nameof(requestId), Adapter, "no export pattern known for this adapter"),
        };

    /// <summary>Files in <c>intake/processed</c> or <c>intake/failed</c> whose original name is <paramref name="name"/> (claimed names carry a time stamp prefix).</summary>
    public IReadOnlyList<string> IntakeFiled(string folder, string name) =>
        Directory.Exists(Path.Combine(IntakeFolder, folder))
            ? Directory.GetFiles(Path.Combine(IntakeFolder, folder)).Where(p => Path.GetFileName(p).EndsWith("_" + name, StringComparison.Ordinal)).ToList()
            : [];

    /// <summary>Every outbox entry, in order of arrival.</summary>
    public Task<IReadOnlyList<OutboxEntry>> OutboxAsync() => Store.ListOutboxAsync(new OutboxQuery(Limit: 1000), CancellationToken.None);

    /// <summary>Stops the gateway and keeps its folder, store and key, to start it again.</summary>
    public async Task StopAsync()
    {
        if (Host is null) return;
        await Host.StopAsync();
        await Host.DisposeAsync();
        Host = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.StopAsync();
            await Host.DisposeAsync();
        }
        Identity.Dispose();
        _folder.Dispose();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} on {Url}");
}
