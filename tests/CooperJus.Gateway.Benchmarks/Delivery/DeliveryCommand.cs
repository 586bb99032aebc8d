using CooperJus.Gateway.Benchmarks.Reporting;
using CooperJus.Gateway.Benchmarks.Setup;
using CooperJus.Gateway.Core.Plugins;
using CooperJus.Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>
/// <c>delivery [options]</c>: the delivery benchmark. (1) messages/s between two real gateways on loopback (the
/// sender in this process, the receiver in a child process) against plain POSTs of the same bodies between the same
/// two processes; (2) time from a restart of the sender to its first delivery with a large outbox queued.
/// See <see cref="DeliveryBenchmarkOptions.Usage"/> and the README.
/// </summary>
internal static class DeliveryCommand
{
    public const string Name = "delivery";

    private const int WarmUpMessages = 1500; // About 2 s: enough for tiered compilation to optimise the hot paths of both processes.

    /// <exception cref="InvalidOperationException">Outside a checkout, a build failed, or a gateway did not start or deliver.</exception>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(DeliveryBenchmarkOptions.Usage);
            return 0;
        }
        DeliveryBenchmarkOptions options;
        try
        {
            options = DeliveryBenchmarkOptions.Parse(args);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + DeliveryBenchmarkOptions.Usage);
            return 2;
        }
        var repository = RepositoryPaths.Root() ?? throw new InvalidOperationException("delivery needs the repository's samples: run it from inside the checkout.");
        var work = Path.GetFullPath(options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "cooperjus-delivery-bench", Guid.NewGuid().ToString("N")));
        var created = new[] { "pe", "es", "costs", "adapters" }.Select(f => Path.Combine(work, f)).ToList();
        try
        {
            return await RunAsync(options, repository, Directory.CreateDirectory(work).FullName);
        }
        finally
        {
            if (!options.Keep)
                foreach (var folder in created.Where(Directory.Exists)) Directory.Delete(folder, recursive: true);
            if (!options.Keep && options.WorkFolder is null && Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> RunAsync(DeliveryBenchmarkOptions options, string repository, string work)
    {
        var load = DeliveryTables.LoadAverage();
        var cancellationToken = CancellationToken.None;
        var adapters = options.BuildAdapters
            ? ReleaseAdapterBuild.Build(["PE", "ES"], Path.Combine(work, "adapters"))
            : AdapterDirectoryLocator.Locate(options.AdaptersFolder);
        using var spain = LocalGateway.Create(work, "es", "ES", "ES", "bench");
        using var peru = LocalGateway.Create(work, "pe", "PE", "PE", "bench");
        var requests = SignedRequests.Load(Path.Combine(repository, "samples", "PE", "expected"), peru.Key, peru.Id, spain.Id, spain.Country);
        Progress.Say($"starting the receiving gateway (es) in a child process; adapters from {adapters}");
        using var receiver = ReceiverProcess.Start(spain.WriteConfig(spain.Settings(peru, adapters), "receiver.json"));

        var rounds = new List<ThroughputRound>();
        int concurrency;
        await using (var sender = await GatewayHost.BuildAsync(null, peru.Settings(spain, adapters), cancellationToken))
        {
            await sender.StartAsync(cancellationToken);
            using var measurement = new ThroughputMeasurement(sender.Services.GetRequiredService<GatewayServices>(), requests,
                new Uri(spain.InsideUrl, ReceiverCommand.SinkPath), Path.Combine(spain.Root, "export"), receiver.ProcessorTime);
            concurrency = measurement.Concurrency;
            Progress.Say($"(1) warm-up: {WarmUpMessages} messages");
            await measurement.RunAsync("warm-up", WarmUpMessages, cancellationToken);
            for (var round = 1; round <= options.Rounds; round++)
            {
                Progress.Say($"(1) round {round} of {options.Rounds}: {options.Messages:N0} messages through the gateways, then plain");
                rounds.Add(await measurement.RunAsync($"round{round}", options.Messages, cancellationToken));
            }
            await sender.StopAsync(cancellationToken);
        }
        var restart = await RestartMeasurement.RunAsync(peru, spain, requests, adapters, options.Queued, cancellationToken);
        var costs = await CostBreakdown.MeasureAsync(work, adapters, Path.Combine(repository, "samples", "PE", "expected"), options.CostMessages, cancellationToken);
        DeliveryTables.Write(Console.Out, new DeliveryRun(adapters, requests.AverageEnvelopeBytes(), concurrency, load), rounds, costs, restart);
        return 0;
    }
}
