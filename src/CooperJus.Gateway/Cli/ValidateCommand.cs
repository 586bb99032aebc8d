using System.CommandLine;
using System.Text.Json;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus validate &lt;document.json&gt;</c>: checks a canonical document and explains each error. When the
/// document's lineage file lies beside it, each error also names the national source field.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("document") { Description = "A canonical cooperation-request JSON file." };
        var command = new Command("validate", "Validate a canonical cooperation request against the schema and the semantic rules.") { document };
        command.SetAction(parse => Run(parse.GetRequiredValue(document)));
        return command;
    }

    private static int Run(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"'{path}' does not exist.");
        var json = File.ReadAllText(path);
        var validator = GatewayEnvironment.Create(null).CreateValidator();
        IReadOnlyList<Sdk.Diagnostics.Problem> problems;
        try
        {
            problems = validator.ValidateJson(json, ReadLineage(path)?.Entries);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path} is not readable JSON: {e.Message}");
        }
        if (problems.Count == 0)
        {
            Console.WriteLine($"{path}: valid cooperation-request v2.");
            return ExitCodes.Success;
        }
        Console.WriteLine($"{path}: {problems.Count} problem(s):");
        foreach (var problem in problems) Console.WriteLine($"  - {problem}");
        return ExitCodes.SomeRejected;
    }

    private static LineageDocument? ReadLineage(string documentPath)
    {
        var lineagePath = Path.ChangeExtension(documentPath, ".lineage.json");
        if (!File.Exists(lineagePath)) return null;
        try
        {
            return JsonSerializer.Deserialize<LineageDocument>(File.ReadAllText(lineagePath), CanonicalJson.Options);
        }
        catch (JsonException)
        {
            return null; // A damaged lineage file only costs the source locations, not the validation.
        }
    }
}
