using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// PENAS_MAXIMAS: <c>article:penalty</c> items separated by <c>|</c>, the maximum penalty the law sets for each
/// article of DELITOS. Matched to the offences by article: each article once (a second penalty for the same article is
/// an error, never a silent overwrite), and given to every offence of that article.
/// </summary>
internal static class MaximumPenalties
{
    /// <summary>Rule of the error for a penalty whose article is not one of the request's DELITOS.</summary>
    public const string ArticleRule = "csv.penalty-article";

    public static List<Offence> Apply(RecordScope scope, SourceLocation at, List<Offence> offences)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in ItemList.Split(at))
        {
            var colon = item.Value!.IndexOf(':', StringComparison.Ordinal);
            var article = colon < 0 ? "" : item.Value[..colon].Trim();
            var penalty = colon < 0 ? "" : item.Value[(colon + 1)..].Trim();
            if (article.Length == 0 || penalty.Length == 0)
            {
                scope.Error("required", $"The penalty \"{item.Value}\" must be written article:penalty (CP-228:8 años).", item, "/offences");
                continue;
            }
            var key = TextKeys.Normalize(article);
            var indexes = Enumerable.Range(0, offences.Count).Where(i => TextKeys.Normalize(offences[i].NationalCode) == key).ToList();
            if (indexes.Count == 0)
            {
                scope.Error(ArticleRule, $"{C.MaximumPenalties} gives a penalty for {article}, which is not one of the request's {C.Offences}.", item, "/offences");
                continue;
            }
            if (!seen.Add(key))
            {
                scope.Error(ArticleRule, $"{C.MaximumPenalties} gives {article} a second penalty; give each article one.", item, "/offences");
                continue;
            }
            foreach (var index in indexes)
            {
                scope.Map($"/offences/{index}/maximumPenalty", "penas-item", item);
                offences[index] = offences[index] with { MaximumPenalty = penalty };
            }
        }
        return offences;
    }
}
