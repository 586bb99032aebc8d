using System.CommandLine;
using System.Text.Json;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Cli;

/// <summary><c>cooperjus render --adapter ES --input &lt;document.json|folder&gt; --output &lt;folder&gt;</c>: canonical → national.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var adapter = CommonOptions.Adapter();
        var adapters = CommonOptions.AdaptersFolder();
        var input = new Option<string>("--input") { Description = "A canonical document, or a folder of them (*.json, lineage files skipped).", Required = true };
        var output = new Option<string>("--output") { Description = "Folder for the national file.", Required = true };
        var command = new Command("render", "Write canonical cooperation requests in a national format.") { adapter, input, output, adapters };
        command.SetAction(parse => Run(parse.GetRequiredValue(adapter), parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetValue(adapters)));
        return command;
    }

    private static int Run(string adapterId, string input, string output, string? adaptersFolder)
    {
        var environment = GatewayEnvironment.Create(adaptersFolder);
        var adapter = environment.RequireAdapter(adapterId);
        var validator = environment.CreateValidator();
        var accepted = new List<CooperationRequest>();
        var rejected = 0;
        foreach (var path in DocumentPaths(input))
        {
            var json = StoredDocuments.UpgradeRequestJson(File.ReadAllText(path), out var v1Problems, out var notes);
            var problems = v1Problems.Count > 0 ? v1Problems : Validate(validator, json, path).Select(p => p.ToString()).ToList();
            foreach (var note in notes) Console.WriteLine($"{path}: version 1 read as version 2: {note}");
            if (problems.Count == 0) accepted.Add(CanonicalJson.Deserialize(json));
            else
            {
                rejected++;
                Console.WriteLine($"{path}: not rendered, {problems.Count} problem(s):");
                foreach (var problem in problems) Console.WriteLine($"  - {problem}");
            }
        }
        if (accepted.Count > 0) Write(adapter, accepted, output, environment.Clock);
        return rejected == 0 ? ExitCodes.Success : ExitCodes.SomeRejected;
    }

    private static IReadOnlyList<Sdk.Diagnostics.Problem> Validate(Core.Validation.RequestValidator validator, string json, string path)
    {
        try
        {
            return validator.ValidateJson(json);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path} is not readable JSON: {e.Message}");
        }
    }

    private static void Write(Sdk.Adapters.ICountryAdapter adapter, List<CooperationRequest> requests, string output, TimeProvider clock)
    {
        Directory.CreateDirectory(output);
        var stem = requests.Count == 1 ? requests[0].RequestId : clock.GetUtcNow().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var name = adapter.Descriptor.FilePatterns[0].Replace("*", stem, StringComparison.Ordinal);
        var path = Path.Combine(output, name);
        Sdk.Adapters.RenderReport report;
        using (var stream = File.Create(path)) report = adapter.Render(requests, stream);
        Console.WriteLine($"{report.RequestsWritten} request(s) written to {path}.");
        foreach (var warning in report.Warnings) Console.WriteLine($"  - {warning}");
    }

    private static IEnumerable<string> DocumentPaths(string input)
    {
        if (File.Exists(input)) return [input];
        if (!Directory.Exists(input)) throw new UsageException($"'{input}' is neither a file nor a folder.");
        var documents = InputFiles.Resolve(input, ["*.json"]).Where(p => !p.EndsWith(".lineage.json", StringComparison.Ordinal) && !p.EndsWith("translation-report.json", StringComparison.Ordinal)).ToList();
        return documents.Count > 0 ? documents : throw new UsageException($"No canonical document (*.json) in '{input}'.");
    }
}
