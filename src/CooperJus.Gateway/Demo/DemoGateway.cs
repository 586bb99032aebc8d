using System.Net;
using System.Net.Sockets;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;

namespace CooperJus.Gateway.Demo;

/// <summary>One gateway of the demo: its folders, key and loopback address, and the running host.</summary>
internal sealed class DemoGateway : IAsyncDisposable
{
    private DemoGateway(string id, string country, string adapter, string root, int port, GatewayKey key)
    {
        Id = id;
        Country = country;
        Adapter = adapter;
        Root = root;
        Port = port;
        Key = key;
    }

    public string Id { get; }

    public string Country { get; }

    public string Adapter { get; }

    public string Root { get; }

    public int Port { get; }

    public GatewayKey Key { get; }

    public string KeyId => $"{Id}-demo";

    public string Url => $"http://127.0.0.1:{Port}/";

    public string IntakeFolder => Path.Combine(Root, "intake");

    public string ExportFolder => Path.Combine(Root, "export");

    public string StorePath => Path.Combine(Root, "gateway.db");

    public WebApplication? Host { get; private set; }

    public static DemoGateway Create(string demoRoot, string id, string country, string adapter)
    {
        var root = Directory.CreateDirectory(Path.Combine(demoRoot, id)).FullName;
        var key = GatewayKey.Generate($"{id}-demo");
        key.SavePrivateKey(Path.Combine(root, "gateway.key.pem"));
        return new DemoGateway(id, country, adapter, root, FreeLoopbackPort(), key);
    }

    public Dictionary<string, string?> Settings(DemoGateway partner, string adaptersFolder) => new()
    {
        ["Urls"] = Url,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Gateway:NationalAdapter"] = Adapter,
        ["Gateway:ExportFolder"] = ExportFolder,
        ["Gateway:ApiKey"] = "demo-" + Id,
        ["Gateway:LeaseOwner"] = Id + "-demo",
        ["Gateway:IntakeScanInterval"] = "00:00:00.200",
        ["Adapters:Path"] = adaptersFolder,
        ["Intake:Path"] = IntakeFolder,
        ["Intake:StableFor"] = "00:00:00.300",
        ["Store:Path"] = StorePath,
        ["Messaging:GatewayId"] = Id,
        ["Messaging:KeyId"] = KeyId,
        ["Messaging:PrivateKeyFile"] = Path.Combine(Root, "gateway.key.pem"),
        ["Delivery:BaseDelay"] = "00:00:00.200",
        ["Delivery:MaxDelay"] = "00:00:05",
        ["Delivery:IdlePoll"] = "00:00:00.500",
        ["PartnerDirectory:Partners:0:Id"] = partner.Id,
        ["PartnerDirectory:Partners:0:Url"] = partner.Url,
        ["PartnerDirectory:Partners:0:Countries:0"] = partner.Country,
        ["PartnerDirectory:Partners:0:Keys:0:Kid"] = partner.KeyId,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:Kty"] = partner.Key.PublicJwk.Kty,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:Crv"] = partner.Key.PublicJwk.Crv,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:X"] = partner.Key.PublicJwk.X,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:Y"] = partner.Key.PublicJwk.Y,
        ["PartnerDirectory:Partners:0:Keys:0:Jwk:Kid"] = partner.KeyId,
    };

    public async Task StartAsync(DemoGateway partner, string adaptersFolder, CancellationToken cancellationToken)
    {
        Host = await GatewayHost.BuildAsync(null, Settings(partner, adaptersFolder), cancellationToken).ConfigureAwait(false);
        await Host.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.StopAsync().ConfigureAwait(false);
            await Host.DisposeAsync().ConfigureAwait(false);
        }
        Key.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
