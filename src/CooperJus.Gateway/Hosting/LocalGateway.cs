using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// A gateway laid out in one folder on this machine: intake, export, store, a freshly generated key pair (the private
/// key written as <c>cooperjus keys generate</c> writes it) and a free loopback port, with the configuration that
/// makes it talk to one partner. The demo, the crash test and the delivery benchmark all build their gateways
/// from it, so they run the configuration a deployment would.
/// </summary>
internal sealed class LocalGateway : IDisposable
{
    /// <summary>Short intake and delivery waits for the demo and the tests: a person or a test should not wait for the production defaults.</summary>
    public static readonly IReadOnlyDictionary<string, string?> QuickTimings = new Dictionary<string, string?>
    {
        ["Gateway:IntakeScanInterval"] = "00:00:00.100",
        ["Audit:CheckpointInterval"] = "00:00:01",
        ["Intake:StableFor"] = "00:00:00.200",
        ["Delivery:BaseDelay"] = "00:00:00.100",
        ["Delivery:MaxDelay"] = "00:00:01",
        ["Delivery:AttemptTimeout"] = "00:00:05",
        ["Delivery:BreakDuration"] = "00:00:00.500",
        ["Delivery:IdlePoll"] = "00:00:00.200",
    };

    private readonly string _purpose;

    private LocalGateway(string root, string id, string country, string adapter, string purpose)
    {
        Root = root;
        Id = id;
        Country = country;
        Adapter = adapter;
        _purpose = purpose;
        Port = FreeLoopbackPort();
        Key = GatewayKey.Generate(KeyId);
        Key.SavePrivateKey(PrivateKeyFile);
    }

    public string Id { get; }

    public string Country { get; }

    public string Adapter { get; }

    public string Root { get; }

    public int Port { get; }

    public GatewayKey Key { get; }

    public string KeyId => $"{Id}-{_purpose}";

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public Uri HealthUrl => new(Url, PartnerProtocol.HealthPath.TrimStart('/'));

    public string IntakeFolder => Path.Combine(Root, "intake");

    public string ExportFolder => Path.Combine(Root, "export");

    public string StorePath => Path.Combine(Root, "gateway.db");

    public string PrivateKeyFile => Path.Combine(Root, "gateway.key.pem");

    public string ConfigFile => Path.Combine(Root, "gateway.json");

    /// <summary>Creates <c>&lt;parent&gt;/&lt;id&gt;</c> with a new key named <c>&lt;id&gt;-&lt;purpose&gt;</c>.</summary>
    public static LocalGateway Create(string parent, string id, string country, string adapter, string purpose) =>
        new(Directory.CreateDirectory(Path.Combine(parent, id)).FullName, id, country, adapter, purpose);

    /// <summary>This gateway's settings with <paramref name="partner"/> as its only partner; <paramref name="extra"/> wins.</summary>
    public Dictionary<string, string?> Settings(LocalGateway partner, string adaptersFolder, IEnumerable<KeyValuePair<string, string?>>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var jwk = partner.Key.PublicJwk;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Urls"] = Url.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Gateway:NationalAdapter"] = Adapter,
            ["Gateway:ExportFolder"] = ExportFolder,
            ["Gateway:ApiKey"] = $"{_purpose}-{Id}",
            ["Gateway:LeaseOwner"] = KeyId,
            ["Adapters:Path"] = adaptersFolder,
            ["Intake:Path"] = IntakeFolder,
            ["Store:Path"] = StorePath,
            ["Messaging:GatewayId"] = Id,
            ["Messaging:KeyId"] = KeyId,
            ["Messaging:PrivateKeyFile"] = PrivateKeyFile,
            ["PartnerDirectory:Partners:0:Id"] = partner.Id,
            ["PartnerDirectory:Partners:0:Url"] = partner.Url.ToString(),
            ["PartnerDirectory:Partners:0:Countries:0"] = partner.Country,
            ["PartnerDirectory:Partners:0:Keys:0:Kid"] = partner.KeyId,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:Kty"] = jwk.Kty,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:Crv"] = jwk.Crv,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:X"] = jwk.X,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:Y"] = jwk.Y,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:Kid"] = partner.KeyId,
        };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        return settings;
    }

    /// <summary>
    /// Writes <paramref name="settings"/> as a JSON configuration file in the gateway's folder (flat <c>A:B:0</c>
    /// keys as nested objects; objects keyed 0, 1… read back as arrays) and returns its path.
    /// </summary>
    public string WriteConfig(IReadOnlyDictionary<string, string?> settings, string name = "gateway.json")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var root = new JsonObject();
        foreach (var (key, value) in settings)
        {
            var parts = key.Split(':');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child) node[part] = child = new JsonObject();
                node = child;
            }
            node[parts[^1]] = value;
        }
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    public void Dispose() => Key.Dispose();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
