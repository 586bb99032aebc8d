using System.CommandLine;
using CooperJus.Gateway.Cli.Scaffold;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus adapters</c>: id, version, country, formats and any load problem of every adapter found;
/// <c>cooperjus adapters new</c> creates a new one (<see cref="AdaptersNewCommand"/>).
/// </summary>
internal static class AdaptersCommand
{
    public static Command Create()
    {
        var adapters = CommonOptions.AdaptersFolder();
        var command = new Command("adapters", "List the adapters found and any load problem; `adapters new` creates a new country adapter.") { adapters, AdaptersNewCommand.Create() };
        command.SetAction(parse => Run(parse.GetValue(adapters)));
        return command;
    }

    private static int Run(string? adaptersFolder)
    {
        var catalog = GatewayEnvironment.Create(adaptersFolder).Catalog;
        Console.WriteLine($"Adapters in {catalog.Root}:");
        if (catalog.Registrations.Count == 0) Console.WriteLine("  none found (build the solution first: dotnet build)");
        foreach (var registration in catalog.Registrations)
        {
            if (registration.Descriptor is { } d)
                Console.WriteLine($"  {d.Id,-4} {d.Version,-8} {d.Country}  {d.SourceFormat} ({d.MediaType}; {string.Join(", ", d.FilePatterns)})  {d.DisplayName}");
            else
                Console.WriteLine($"  {Path.GetFileName(registration.Directory),-4} NOT LOADED: {registration.LoadProblem}");
        }
        return catalog.Registrations.Any(r => !r.IsLoaded) ? ExitCodes.SomeRejected : ExitCodes.Success;
    }
}
