using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// PENAS_MAXIMAS: <c>article:penalty</c> items separated by <c>|</c>, the maximum penalty the law sets for each
/// article of DELITOS (UNCAC art. 46(15)(c) asks for the applicable law). Matched to the offences by article.
/// </summary>
internal static class MaximumPenalties
{
    /// <summary>Rule of the error for a penalty whose article is not one of the request's DELITOS.</summary>
    public const string ArticleRule = "csv.penalty-article";

    public static List<Offence> Apply(RecordScope scope, SourceLocation at, List<Offence> offences)
    {
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
            var index = offences.FindIndex(o => TextKeys.Normalize(o.NationalCode) == TextKeys.Normalize(article));
            if (index < 0)
            {
                scope.Error(ArticleRule, $"{C.MaximumPenalties} gives a penalty for {article}, which is not one of the request's {C.Offences}.", item, "/offences");
                continue;
            }
            scope.Map($"/offences/{index}/maximumPenalty", "penas-item", item);
            offences[index] = offences[index] with { MaximumPenalty = penalty };
        }
        return offences;
    }
}
