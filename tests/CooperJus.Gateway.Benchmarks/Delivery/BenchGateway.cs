using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>
/// One gateway of the benchmark as files: its folder, a fresh key pair (private key file as <c>cooperjus keys
/// generate</c> writes it), a loopback port, and its configuration: the keys of <c>cooperjus demo</c>, with the
/// gateway's own defaults for delivery (batch, concurrency, timeouts), so the figures are those of a deployment.
/// </summary>
internal sealed class BenchGateway : IDisposable
{
    private BenchGateway(string root, string id, string country, string adapter)
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

    public string KeyId => Id + "-bench";

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public string StorePath => Path.Combine(Root, "gateway.db");

    public string PrivateKeyFile => Path.Combine(Root, "gateway.key.pem");

    public static BenchGateway Create(string parent, string id, string country, string adapter) =>
        new(Directory.CreateDirectory(Path.Combine(parent, id)).FullName, id, country, adapter);

    /// <summary>The gateway's settings with <paramref name="partner"/> as its only partner; <paramref name="extra"/> wins.</summary>
    public Dictionary<string, string?> Settings(BenchGateway partner, string adaptersFolder, IEnumerable<KeyValuePair<string, string?>>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Urls"] = Url.ToString(),
            ["Logging:LogLevel:Default"] = "Error",
            ["Gateway:NationalAdapter"] = Adapter,
            ["Gateway:ExportFolder"] = Path.Combine(Root, "export"),
            ["Gateway:ApiKey"] = "bench-" + Id,
            ["Gateway:LeaseOwner"] = Id + "-bench",
            ["Adapters:Path"] = adaptersFolder,
            ["Intake:Path"] = Path.Combine(Root, "intake"),
            ["Store:Path"] = StorePath,
            ["Messaging:GatewayId"] = Id,
            ["Messaging:KeyId"] = KeyId,
            ["Messaging:PrivateKeyFile"] = PrivateKeyFile,
            ["PartnerDirectory:Partners:0:Id"] = partner.Id,
            ["PartnerDirectory:Partners:0:Url"] = partner.Url.ToString(),
            ["PartnerDirectory:Partners:0:Countries:0"] = partner.Country,
            ["PartnerDirectory:Partners:0:Keys:0:Kid"] = partner.KeyId,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:Kty"] = partner.Key.PublicJwk.Kty,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:Crv"] = partner.Key.PublicJwk.Crv,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:X"] = partner.Key.PublicJwk.X,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:Y"] = partner.Key.PublicJwk.Y,
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:Kid"] = partner.KeyId,
        };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        return settings;
    }

    /// <summary>Writes <paramref name="settings"/> as a JSON configuration file (<c>A:B:0</c> keys as nested objects).</summary>
    public string WriteConfig(string name, Dictionary<string, string?> settings)
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
