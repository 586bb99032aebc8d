using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Crash;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Load;

/// <summary>
/// Memory per request on the partner endpoint, measured on a real gateway process alone (its <c>/proc</c> status):
/// 24 senders POST 10 MiB bodies at once (within the default envelope limit, so each is read whole and checked). The
/// gateway holds at most <c>PartnerEndpoint:MaxBufferedBytes</c> of bodies at a time, reads each into one array of its
/// declared length, and answers the rest 503 with Retry-After; the senders retry as the protocol says, so every body
/// is read and answered in the end.
/// </summary>
[TestFixture]
[Category("Memory")]
[NonParallelizable]
public sealed class ConcurrentLargeBodyTests
{
    private const int Senders = 24;
    private const int BodyBytes = 10 * 1024 * 1024;
    private const int Seed = 20261202;
    private const long Megabyte = 1_000_000;
    private const long MaxAboveIdle = 300 * Megabyte;

    [Test]
    [CancelAfter(120_000)]
    public async Task Twenty_four_concurrent_10_MiB_bodies_take_under_300_MB_above_idle(CancellationToken cancellationToken)
    {
        using var folder = new TemporaryFolder();
        using var spain = LocalGateway.Create(folder.Path, "es", "ES", "ES", "memory");
        using var peru = LocalGateway.Create(folder.Path, "pe", "PE", "PE", "memory");
        spain.WriteConfig(spain.Settings(peru, RepositoryPaths.BuiltAdapters, LocalGateway.QuickTimings));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var gateway = new GatewayProcess(spain, http);
        await gateway.StartAsync(cancellationToken);
        var messages = new Uri(spain.Url, PartnerProtocol.MessagesPath.TrimStart('/'));
        var bodies = Enumerable.Range(0, Senders).Select(i => JunkBodies.For(i, BodyBytes, Seed)).ToList();
        await SendAsync(http, messages, JunkBodies.For(1, 16 * 1024, Seed), cancellationToken); // the endpoint's code is loaded and compiled
        var idle = Status(gateway.ProcessId, "VmRSS:");

        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(bodies.Select(body => SendAsync(http, messages, body, cancellationToken)));
        var elapsed = clock.Elapsed;
        var peak = Status(gateway.ProcessId, "VmHWM:");
        var after = Status(gateway.ProcessId, "VmRSS:");

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Senders} concurrent POSTs of {BodyBytes / (1024 * 1024)} MiB: idle RSS {idle / Megabyte} MB, peak (VmHWM) {peak / Megabyte} MB = {(peak - idle) / Megabyte} MB above idle, " +
            $"RSS right after {after / Megabyte} MB; answered in {elapsed.TotalSeconds:0.0} s with {outcomes.Sum(o => o.Busy)} 503s (Retry-After) along the way; " +
            $"final answers: {string.Join(", ", outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} x {g.Key}"))}."));
        Assert.Multiple(() =>
        {
            Assert.That(peak - idle, Is.LessThan(MaxAboveIdle), "peak memory above idle");
            Assert.That(outcomes.Select(o => o.Status), Has.All.AnyOf(422, 429), "every body was read and answered: a signed rejection, or 429 over the unattributable limit");
            Assert.That(outcomes.Sum(o => o.Busy), Is.GreaterThan(0), "bodies beyond the memory budget waited their turn");
        });
    }

    /// <summary>POSTs <paramref name="body"/> until the answer is not 503, waiting Retry-After between tries as a sender's retry policy does.</summary>
    private static async Task<(int Status, int Busy)> SendAsync(HttpClient http, Uri messages, byte[] body, CancellationToken cancellationToken)
    {
        for (var busy = 0; ; busy++)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(PartnerProtocol.MediaType);
            using var answer = await http.PostAsync(messages, content, cancellationToken);
            if ((int)answer.StatusCode != 503) return ((int)answer.StatusCode, busy);
            await Task.Delay(answer.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken); // the protocol's Retry-After, not a synchronisation
        }
    }

    /// <summary>A size field of <c>/proc/&lt;pid&gt;/status</c> (<c>VmRSS:</c>, <c>VmHWM:</c>), in bytes.</summary>
    private static long Status(int processId, string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
