using System.Globalization;
using CooperJus.Gateway.Benchmarks.Generation;
using CooperJus.Gateway.Benchmarks.Measurement;

namespace CooperJus.Gateway.Benchmarks.Setup;

/// <summary>The two formats of the issue: Peru's SGF CSV and Brazil's Sistema Único JSON.</summary>
internal static class FormatPlans
{
    private const int SyntheticTemplates = 64;

    public static FormatPlan Peru(BenchmarkOptions options, BenchmarkAdapters adapters)
    {
        var folder = Path.Combine(RepositoryPaths.Samples(options.SamplesFolder), "PE");
        var templates = options.Synthetic ? [] : PeSampleTemplates.Load(folder);
        var source = $"{templates.Count} requests of {folder}";
        if (templates.Count == 0)
        {
            templates = PeSyntheticTemplates.Create(adapters.CodeListsOf("PE"), SyntheticTemplates, options.Seed);
            source = $"{SyntheticTemplates} made-up requests (codes from the PE adapter's code lists)";
        }
        return new FormatPlan(
            "PE", "PE, SGF export (CSV)", "rows",
            records => string.Create(CultureInfo.InvariantCulture, $"solicitudes_bench_{records}.csv"),
            source,
            (path, rows, seed) => PeCsvGenerator.Write(path, templates, rows, seed),
            (path, serialize) => PeFloor.Run(path, serialize),
            "CsvHelper row to dictionary + STJ");
    }

    public static FormatPlan Brazil(BenchmarkOptions options, BenchmarkAdapters adapters)
    {
        var folder = Path.Combine(RepositoryPaths.Samples(options.SamplesFolder), "BR");
        var templates = options.Synthetic ? null : BrSampleTemplates.Load(folder);
        var source = templates is null ? "" : $"{templates.Pedidos.Count} pedidos of {folder}";
        if (templates is null)
        {
            templates = BrSyntheticTemplates.Create(adapters.CodeListsOf("BR"), SyntheticTemplates, options.Seed);
            source = $"{SyntheticTemplates} made-up pedidos (codes from the BR adapter's code lists)";
        }
        return new FormatPlan(
            "BR", "BR, Sistema Único export (JSON)", "pedidos",
            records => string.Create(CultureInfo.InvariantCulture, $"pedidos_bench_{records}.json"),
            source,
            (path, pedidos, seed) => BrJsonGenerator.Write(path, templates, pedidos, seed),
            (path, serialize) => BrFloor.Run(path, serialize),
            "JsonDocument per pedido + STJ");
    }
}
