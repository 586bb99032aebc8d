using CooperJus.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;

namespace CooperJus.Gateway.Demo;

/// <summary>One gateway of the demo: a <see cref="LocalGateway"/> and its running host.</summary>
internal sealed class DemoGateway : IAsyncDisposable
{
    private DemoGateway(LocalGateway layout) => Layout = layout;

    public LocalGateway Layout { get; }

    /// <summary>The partner listener.</summary>
    public string Url => Layout.Url.ToString();

    /// <summary>The inside listener (intake API, auditor view, detailed health).</summary>
    public string InsideUrl => Layout.InsideUrl.ToString();

    public string IntakeFolder => Layout.IntakeFolder;

    public string ExportFolder => Layout.ExportFolder;

    public WebApplication? Host { get; private set; }

    public static DemoGateway Create(string demoRoot, string id, string country, string adapter) =>
        new(LocalGateway.Create(demoRoot, id, country, adapter, "demo"));

    public async Task StartAsync(DemoGateway partner, string adaptersFolder, CancellationToken cancellationToken)
    {
        // Written to a file rather than passed in memory, so the operator commands the demo suggests (`cooperjus audit
        // show … --config`, `outbox list`, `requests`) open the same store afterwards.
        var config = Layout.WriteConfig(Layout.Settings(partner.Layout, adaptersFolder, LocalGateway.QuickTimings));
        Host = await GatewayHost.BuildAsync(config, null, cancellationToken).ConfigureAwait(false);
        await Host.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.StopAsync().ConfigureAwait(false);
            await Host.DisposeAsync().ConfigureAwait(false);
        }
        Layout.Dispose();
    }
}
