using System.Net;
using System.Text.Json;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.IntegrationTests.Hosting;

/// <summary>
/// When the store cannot be read, <c>/health</c> (which anyone on the partner port may ask) says only
/// <c>unhealthy</c>, with a Retry-After; the reason, which names tables or files, is on <c>/health/detail</c> for the
/// operator. The health routes run here on their own, over HTTP on loopback, without the workers: a broken store
/// would stop those, and with them the host.
/// </summary>
[TestFixture]
public sealed class HealthTests
{
    [Test]
    public async Task An_unreadable_store_is_unhealthy_without_its_error_on_liveness_and_with_it_on_the_detail()
    {
        await using var gateway = TestGateway.Create("es", "ES");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(gateway.Settings([])).Build();
        await using var services = await GatewayServices.CreateAsync(configuration, TimeProvider.System, CancellationToken.None);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(gateway.Url);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<AuditHealth>();
        await using var app = builder.Build();
        HealthEndpoints.Map(app, services);
        await app.StartAsync();
        using var http = new HttpClient();
        using var before = await http.GetAsync(new Uri(gateway.Url + "health"));

        // The store's files go; a new connection finds an empty database where the store was.
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(gateway.StorePath + suffix)) File.Move(gateway.StorePath + suffix, gateway.StorePath + ".gone" + suffix);
        SqliteConnection.ClearAllPools();
        using var liveness = await http.GetAsync(new Uri(gateway.Url + "health"));
        using var detail = await http.GetAsync(new Uri(gateway.Url + "health/detail"));

        var livenessBody = await liveness.Content.ReadAsStringAsync();
        using var detailBody = JsonDocument.Parse(await detail.Content.ReadAsStringAsync());
        TestContext.Out.WriteLine($"/health: {(int)liveness.StatusCode} {livenessBody}; /health/detail: {(int)detail.StatusCode} {detailBody.RootElement}");
        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), "healthy before");
            Assert.That(liveness.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(livenessBody, Is.EqualTo("""{"status":"unhealthy"}"""), "no exception text, no table or file name");
            Assert.That(liveness.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(detail.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(detailBody.RootElement.GetProperty("reason").GetString(), Does.Contain("no such table: outbox"), "the operator's detail says why");
        });
        await app.StopAsync();
    }
}
