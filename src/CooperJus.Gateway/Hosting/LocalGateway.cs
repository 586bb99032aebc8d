using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// A gateway laid out in one folder on this machine: intake, export, store, a freshly generated key pair (the private
/// key written as <c>cooperjus keys generate</c> writes it), a random API key and two free loopback ports (the partner
/// listener and the inside listener, as a deployment has them), with the configuration that makes it talk to one
/// partner. The demo, the crash test and the delivery benchmark all build their gateways
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
        (Port, InsidePort) = FreeLoopbackPorts();
        ApiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Key = GatewayKey.Generate(KeyId);
        Key.SavePrivateKey(PrivateKeyFile);
    }

    public string Id { get; }

    public string Country { get; }

    public string Adapter { get; }

    public string Root { get; }

    /// <summary>The partner listener's port.</summary>
    public int Port { get; }

    /// <summary>The inside listener's port (intake API, auditor view, detailed health).</summary>
    public int InsidePort { get; }

    public GatewayKey Key { get; }

    public string KeyId => $"{Id}-{_purpose}";

    /// <summary>The key of the HTTP intake (64 random hexadecimal digits).</summary>
    public string ApiKey { get; }

    /// <summary>The partner listener: the base URL partners list.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}/");

    /// <summary>The inside listener.</summary>
    public Uri InsideUrl => new($"http://127.0.0.1:{InsidePort}/");

    /// <summary>Liveness without detail, on the partner listener.</summary>
    public Uri HealthUrl => new(Url, PartnerProtocol.HealthPath.TrimStart('/'));

    /// <summary>Health with the queues and the audit checkpoint, on the inside listener.</summary>
    public Uri DetailedHealthUrl => new(InsideUrl, HealthEndpoints.DetailPath.TrimStart('/'));

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
            ["Kestrel:Endpoints:Partner:Url"] = Url.ToString(),
            ["Kestrel:Endpoints:Inside:Url"] = InsideUrl.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Gateway:NationalAdapter"] = Adapter,
            ["Gateway:ExportFolder"] = ExportFolder,
            ["Gateway:ApiKey"] = ApiKey,
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
            // Two current gateways talk the current canonical version (a partner entry without it gets 1.0 only).
            ["PartnerDirectory:Partners:0:SchemaVersions:0"] = Core.Versions.SchemaVersions.V1,
            ["PartnerDirectory:Partners:0:SchemaVersions:1"] = Core.Versions.SchemaVersions.V2,
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

    /// <summary>Two free loopback ports, both held open until both are known, so they differ.</summary>
    internal static (int Partner, int Inside) FreeLoopbackPorts()
    {
        using var partner = new TcpListener(IPAddress.Loopback, 0);
        using var inside = new TcpListener(IPAddress.Loopback, 0);
        partner.Start();
        inside.Start();
        return (((IPEndPoint)partner.LocalEndpoint).Port, ((IPEndPoint)inside.LocalEndpoint).Port);
    }
}
