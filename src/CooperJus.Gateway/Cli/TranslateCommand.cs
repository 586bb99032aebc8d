using System.CommandLine;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Cli;

/// <summary><c>cooperjus translate --adapter PE --input &lt;file|folder&gt; --output &lt;folder&gt;</c>.</summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var adapter = CommonOptions.Adapter();
        var adapters = CommonOptions.AdaptersFolder();
        var input = new Option<string>("--input") { Description = "A national export file, or a folder whose files match the adapter's name patterns.", Required = true };
        var output = new Option<string>("--output") { Description = "Folder for canonical documents, lineage, the report and rejected originals.", Required = true };
        var command = new Command("translate", "Translate national exports into canonical cooperation requests.") { adapter, input, output, adapters };
        command.SetAction(parse => Run(parse.GetRequiredValue(adapter), parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetValue(adapters)));
        return command;
    }

    private static int Run(string adapterId, string input, string output, string? adaptersFolder)
    {
        var environment = GatewayEnvironment.Create(adaptersFolder);
        var adapter = environment.RequireAdapter(adapterId);
        var files = ResolveInputs(input, adapter.Descriptor);
        var translator = new Translator(environment.CreateValidator());
        var summary = new TranslationSummary();
        var progress = new ProgressReporter();
        using (var folder = new TranslationOutputFolder(output, adapter.Descriptor.Id, environment.Clock.GetUtcNow()))
        {
            foreach (var file in files)
            {
                summary.Files++;
                foreach (var outcome in translator.Translate(adapter, SourceFile.FromPath(file)))
                {
                    summary.Add(outcome);
                    folder.Write(file, outcome);
                    progress.Update(summary);
                }
            }
            progress.Finish(summary);
            folder.Complete(summary);
        }
        Console.WriteLine($"{summary.Files} file(s): {summary.Accepted} accepted, {summary.Rejected} rejected, {summary.FileProblems} file problem(s), {summary.Warnings} warning(s).");
        Console.WriteLine($"Output in {Path.GetFullPath(output)}{(summary.AllAccepted ? "" : "; reasons in translation-report.txt")}.");
        return summary.AllAccepted ? ExitCodes.Success : ExitCodes.SomeRejected;
    }

    private static IReadOnlyList<string> ResolveInputs(string input, AdapterDescriptor descriptor)
    {
        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Resolve(input, descriptor.FilePatterns);
        }
        catch (FileNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
        return files.Count > 0
            ? files
            : throw new UsageException($"No file in '{input}' matches {string.Join(" or ", descriptor.FilePatterns)} (adapter {descriptor.Id}).");
    }
}
