using CooperJus.Gateway.Benchmarks.Measurement;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// Translates one copy of every template under each candidate header, as (b) would, and keeps the header with the
/// fewest rejections and the templates accepted under it. A record copied out of its own file can break a rule
/// that holds across the file (the Fortuny sample of July has requests signed after the May export was created):
/// the trial finds that without knowing the format. What it leaves out is reported.
/// </summary>
internal static class TemplateTrial
{
    /// <summary>Chooses the header and templates of <paramref name="replicator"/>; returns the first problem of a template left out, if any.</summary>
    public static (int LeftOut, string? FirstProblem) Choose(Replicator replicator, ICountryAdapter adapter, string workFolder)
    {
        var translator = new Translator(new RequestValidator(NoSchemaValidator.Instance, TimeProvider.System));
        (int Header, List<int> Kept, string? Problem)? best = null;
        for (var header = 0; header < replicator.Headers; header++)
        {
            // Named as the sample the header comes from, in a folder of its own, in case the adapter reads the name.
            var folder = Directory.CreateDirectory(Path.Combine(workFolder, $"trial-{header}")).FullName;
            var file = replicator.WriteEach(Path.Combine(folder, Path.GetFileName(replicator.HeaderSourceOf(header))), header);
            try
            {
                var outcomes = translator.Translate(adapter, SourceFile.FromPath(file.Path)).ToList();
                if (outcomes.Any(o => o.IsFileProblem)) continue;
                var (kept, problem) = Accepted(replicator, outcomes);
                if (best is null || kept.Count > best.Value.Kept.Count) best = (header, kept, problem);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        // Nothing accepted anywhere: keep everything, and the report shows the rejections.
        if (best is not { Kept.Count: > 0 } chosen) return (0, null);
        replicator.Use(chosen.Header, chosen.Kept);
        return (replicator.Templates - chosen.Kept.Count, chosen.Problem);
    }

    private static (List<int> Kept, string? FirstProblem) Accepted(Replicator replicator, IReadOnlyList<TranslationOutcome> outcomes)
    {
        var kept = new List<int>();
        string? problem = null;
        var next = 0;
        for (var template = 0; template < replicator.Templates; template++)
        {
            var own = outcomes.Skip(next).Take(replicator.RequestsOf(template)).ToList();
            next += own.Count;
            if (own.Count > 0 && own.All(o => o.IsAccepted)) kept.Add(template);
            else problem ??= own.SelectMany(o => o.Problems).FirstOrDefault(p => p.IsError)?.ToString() ?? "no request read";
        }
        return (kept, problem);
    }
}
