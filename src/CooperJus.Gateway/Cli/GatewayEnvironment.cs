using CooperJus.Gateway.Core.Plugins;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// What the commands share: configuration (<c>appsettings.json</c> in the current folder, then environment variables
/// prefixed <c>COOPERJUS_</c>, e.g. <c>COOPERJUS_Adapters__Path</c>), the adapter catalog and the validator.
/// </summary>
internal sealed class GatewayEnvironment
{
    private GatewayEnvironment(IConfiguration configuration, AdapterCatalog catalog, TimeProvider clock)
    {
        Configuration = configuration;
        Catalog = catalog;
        Clock = clock;
    }

    public IConfiguration Configuration { get; }

    public AdapterCatalog Catalog { get; }

    public TimeProvider Clock { get; }

    public static GatewayEnvironment Create(string? adaptersPath)
    {
        var builder = new ConfigurationBuilder();
        Hosting.GatewayConfiguration.AddSources(builder, configFile: null, watch: false);
        var configuration = builder.Build();
        var clock = TimeProvider.System;
        var root = AdapterDirectoryLocator.Locate(adaptersPath ?? configuration["Adapters:Path"]);
        var catalog = AdapterCatalog.Load(root, folder => CreateContext(configuration.GetSection($"Adapters:{Path.GetFileName(folder)}"), folder, clock));
        return new GatewayEnvironment(configuration, catalog, clock);
    }

    public RequestValidator CreateValidator() => RequestValidator.CreateDefault(Clock);

    /// <summary>The loaded adapter <paramref name="id"/>, or a usage error that says why it is not available.</summary>
    public ICountryAdapter RequireAdapter(string id)
    {
        if (Catalog.Find(id) is { } adapter) return adapter;
        var broken = Catalog.FindRegistration(id);
        if (broken?.LoadProblem is { } problem) throw new UsageException($"Adapter '{id}' could not be loaded: {problem}");
        var known = string.Join(", ", Catalog.Adapters.Select(a => a.Descriptor.Id));
        throw new UsageException($"No adapter '{id}' in {Catalog.Root}. Available: {(known.Length == 0 ? "none (build the solution first: dotnet build)" : known)}.");
    }

    private static AdapterContext CreateContext(IConfigurationSection section, string folder, TimeProvider clock)
    {
        var settings = section.GetChildren().Where(c => c.Value is not null)
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
        var codeListFolders = new List<string>();
        if (settings.TryGetValue("CodeLists", out var overrides)) codeListFolders.Add(overrides);
        codeListFolders.Add(Path.Combine(folder, "codelists"));
        return new AdapterContext(folder, new CodeListSource([.. codeListFolders]), settings, clock);
    }
}
