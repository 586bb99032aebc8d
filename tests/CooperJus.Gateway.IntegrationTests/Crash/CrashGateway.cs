using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>
/// One gateway of the crash test as files on disk: its folder, a freshly generated key pair (private key file written
/// as <c>cooperjus keys generate</c> does), a fixed loopback port, and the JSON configuration file the child process
/// is started with, every time, so a restart is the same gateway. The settings are those of
/// <c>cooperjus demo</c> (<c>DemoGateway.Settings</c>) with delivery delays short enough for a test.
/// </summary>
internal sealed class CrashGateway : IDisposable
{
    private CrashGateway(string root, string id, string country, string adapter)
    {
        Root = root;
        Id = id;
        Country = country;
        Adapter = adapter;
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

    public string KeyId => Id + "-crash";

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public Uri HealthUrl => new(Url, PartnerProtocol.HealthPath.TrimStart('/'));

    public string IntakeFolder => Path.Combine(Root, "intake");

    public string ExportFolder => Path.Combine(Root, "export");

    public string StorePath => Path.Combine(Root, "gateway.db");

    public string PrivateKeyFile => Path.Combine(Root, "gateway.key.pem");

    public string ConfigFile => Path.Combine(Root, "gateway.json");

    public static CrashGateway Create(string parent, string id, string country, string adapter) =>
        new(Directory.CreateDirectory(Path.Combine(parent, id)).FullName, id, country, adapter);

    /// <summary>Writes <see cref="ConfigFile"/>: this gateway, with <paramref name="partner"/> as its only partner.</summary>
    public void WriteConfig(CrashGateway partner) =>
        File.WriteAllText(ConfigFile, Nest(Settings(partner)).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    public void Dispose() => Key.Dispose();

    private Dictionary<string, string> Settings(CrashGateway partner) => new(StringComparer.Ordinal)
    {
        ["Urls"] = Url.ToString(),
        ["Logging:LogLevel:Default"] = "Warning",
        ["Gateway:NationalAdapter"] = Adapter,
        ["Gateway:ExportFolder"] = ExportFolder,
        ["Gateway:ApiKey"] = "crash-" + Id,
        ["Gateway:LeaseOwner"] = Id + "-crash",
        ["Gateway:IntakeScanInterval"] = "00:00:00.100",
        ["Adapters:Path"] = RepositoryPaths.BuiltAdapters,
        ["Intake:Path"] = IntakeFolder,
        ["Intake:StableFor"] = "00:00:00.200",
        ["Store:Path"] = StorePath,
        ["Messaging:GatewayId"] = Id,
        ["Messaging:KeyId"] = KeyId,
        ["Messaging:PrivateKeyFile"] = PrivateKeyFile,
        ["Delivery:BaseDelay"] = "00:00:00.100",
        ["Delivery:MaxDelay"] = "00:00:01",
        ["Delivery:AttemptTimeout"] = "00:00:05",
        ["Delivery:BreakDuration"] = "00:00:00.500",
        ["Delivery:IdlePoll"] = "00:00:00.200",
        ["PartnerDirectory:Partners:0:Id"] = partner.Id,
        ["PartnerDirectory:Partners:0:Url"] = partner.Url.ToString(),
        ["PartnerDirectory:Partners:0:Countries:0"] = partner.Country,
        ["PartnerDirectory:Partners:0:Keys:0:Kid"] = partner.KeyId,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:Kty"] = partner.Key.PublicJwk.Kty!,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:Crv"] = partner.Key.PublicJwk.Crv!,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:X"] = partner.Key.PublicJwk.X!,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:Y"] = partner.Key.PublicJwk.Y!,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:Kid"] = partner.KeyId,
    };

    /// <summary>
    /// Flat configuration keys (<c>A:B:0:C</c>) as nested JSON objects. Objects with keys <c>0</c>, <c>1</c>… read
    /// back as arrays: the JSON configuration provider flattens both to the same keys.
    /// </summary>
    private static JsonObject Nest(Dictionary<string, string> settings)
    {
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
        return root;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
