using System.CommandLine;

namespace CooperJus.Gateway.Cli.Scaffold;

/// <summary>
/// <c>cooperjus adapters new --id XX --shape csv|json|jsonl|xml|custom</c>: creates a new country adapter from the
/// templates (docs/adding-a-country.md), ready to build and to fill in, and adds its projects to the solution.
/// </summary>
internal static class AdaptersNewCommand
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = "ISO 3166-1 alpha-2 code of the country, upper case (e.g. UY); the adapter's id.", Required = true };
        var shape = new Option<string>("--shape") { Description = "Shape of the national export: csv, json (an object or array of requests), jsonl (JSON Lines), xml, or custom (a text format read by hand).", Required = true };
        shape.AcceptOnlyFromAmong([.. SourceShape.All.Select(s => s.Name)]);
        var name = new Option<string?>("--name") { Description = "Name of the issuing authority, e.g. \"Fiscalía General de la Nación\" (default: Public Prosecution Service)." };
        var system = new Option<string?>("--system") { Description = "National case-management system, upper case, e.g. SAF (default: CMS); part of every request id." };
        var language = new Option<string?>("--language") { Description = "BCP 47 language of the export's free text (default: es)." };
        var repository = new Option<string?>("--repo") { Description = "Root of the repository (default: the folder holding CooperJus.Gateway.sln, from the current folder up)." };
        var command = new Command("new", "Create a new country adapter from a template: plugin, tests, code lists, README skeleton and samples.")
        {
            id, shape, name, system, language, repository,
        };
        command.SetAction(parse => Run(AdapterScaffold.Check(
            parse.GetValue(id)!, parse.GetValue(shape)!, parse.GetValue(name), parse.GetValue(system), parse.GetValue(language), parse.GetValue(repository))));
        return command;
    }

    private static int Run(ScaffoldRequest request)
    {
        var files = AdapterScaffold.Create(request);
        Console.WriteLine($"Created adapter {request.Id} ({request.Shape.Description}) in {request.Repository}:");
        foreach (var file in files) Console.WriteLine($"  {file}");
        var projects = AdapterScaffold.Projects(request);
        if (SolutionProjects.Add(request.Repository, projects) is { } problem)
        {
            Console.Error.WriteLine($"The adapter's files are written, but {problem}");
            return ExitCodes.Unusable;
        }
        Console.WriteLine($"Added {string.Join(" and ", projects.Select(Path.GetFileNameWithoutExtension))} to {AdapterScaffold.SolutionFile}.");
        Console.WriteLine("Next: dotnet test " + Path.GetDirectoryName(projects[1])!.Replace('\\', '/') + " lists what to fill in (docs/adding-a-country.md).");
        return ExitCodes.Success;
    }
}
