using System.Globalization;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.Responses.SgfResponseColumns;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>A <c>RESULTADO</c> row: the outcome of one diligencia of the request, or of the request as a whole.</summary>
internal sealed partial class ResultRows
{
    /// <summary>Lineage conversion of NRO_DILIGENCIA: SGF counts diligencias from 1, the canonical index from 0.</summary>
    public const string MeasureNumberConversion = "one-based-number";

    private readonly SgfResponseCodeLists _lists;

    public ResultRows(SgfResponseCodeLists lists) => _lists = lists;

    public ReadResult? Read(RecordScope scope, ResponseRow row, int index)
    {
        var path = $"/results/{index}";
        var measureIndex = MeasureIndex(scope, row, path + "/measureIndex");
        var status = Codes.Status(scope, _lists, path + "/status", row.At(C.ResultStatus), required: true);
        var summary = scope.RequiredText(path + "/summary", row.At(C.ResultDetail));
        var grounds = RefusalGrounds(scope, row.At(C.RefusalGrounds), path + "/refusalGrounds");
        var postponedUntil = scope.DayFirstDate(path + "/postponedUntil", row.At(C.PostponedUntil));
        var conditions = Items(scope, row.At(C.Conditions), path + "/conditions");
        var information = InformationNeeded(scope, row.At(C.InformationNeeded), path + "/informationNeeded");
        var forwardedTo = ForwardedTo(scope, row, path + "/forwardedTo");
        var substitute = Substitute(scope, row.At(C.SubstituteMeasure), path + "/substituteMeasure");
        var costs = Costs(scope, row, path + "/costs");
        var files = Items(scope, row.At(C.ResultFiles), path + "/attachmentFileNames");
        if (status is null || summary is null) return null;
        return new ReadResult(new ResponseResult
        {
            MeasureIndex = measureIndex,
            Status = status.Value,
            Summary = summary,
            RefusalGrounds = grounds,
            PostponedUntil = postponedUntil,
            Conditions = conditions,
            InformationNeeded = information,
            ForwardedTo = forwardedTo,
            SubstituteMeasure = substitute,
            Costs = costs,
            AttachmentFileNames = files,
        }, row);
    }

    private static int? MeasureIndex(RecordScope scope, ResponseRow row, string path)
    {
        var at = row.At(C.MeasureNumber);
        var text = row.Trimmed(C.MeasureNumber);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            scope.Error("response.measure-number", $"{C.MeasureNumber} '{text}' is not the number of a diligencia of the request (1 for the first).", at, path);
            return null;
        }
        scope.Map(path, MeasureNumberConversion, at);
        return number - 1;
    }

    private List<RefusalGround> RefusalGrounds(RecordScope scope, SourceLocation at, string path)
    {
        var grounds = new List<RefusalGround>();
        foreach (var item in ListItems.Split(at.Value))
        {
            var itemPath = $"{path}/{grounds.Count}";
            var (code, explanation) = ListItems.Pair(item);
            if (Codes.Find<RefusalGroundCode>(scope, _lists.RefusalGrounds, "ground", code, at, itemPath + "/code") is not { } ground) continue;
            if (explanation is not null) scope.Map(itemPath + "/explanation", ListItems.Conversion, at);
            grounds.Add(new RefusalGround { Code = ground, Explanation = explanation });
        }
        return grounds;
    }

    private static List<string> Items(RecordScope scope, SourceLocation at, string path)
    {
        var items = ListItems.Split(at.Value);
        if (items.Length > 0) scope.Map(path, ListItems.Conversion, at);
        return [.. items];
    }

    /// <summary>Items <c>dd/MM/yyyy:what</c>, the date optional (<c>:what</c> or just <c>what</c>).</summary>
    private static List<InformationNeeded> InformationNeeded(RecordScope scope, SourceLocation at, string path)
    {
        var needed = new List<InformationNeeded>();
        foreach (var item in ListItems.Split(at.Value))
        {
            var itemPath = $"{path}/{needed.Count}";
            var (head, rest) = ListItems.Pair(item);
            var dated = item.Contains(':', StringComparison.Ordinal) && (head.Length == 0 || DateLike().IsMatch(head));
            var description = dated ? rest : item.Trim();
            DateOnly? by = null;
            if (dated && head.Length > 0)
            {
                if (Dates.TryParseDayFirst(head, out var date, out var error))
                {
                    by = date;
                    scope.Map(itemPath + "/by", Dates.DayFirstConversion, at);
                }
                else
                {
                    scope.Error("date.invalid", $"{C.InformationNeeded} item '{item}': {error}", at, itemPath + "/by");
                }
            }
            if (description is null)
            {
                scope.Error("required", $"{C.InformationNeeded} item '{item}' says by when but not what: write dd/MM/yyyy:what.", at, itemPath + "/description");
                continue;
            }
            scope.Map(itemPath + "/description", ListItems.Conversion, at);
            needed.Add(new InformationNeeded { Description = description, By = by });
        }
        return needed;
    }

    private static Authority? ForwardedTo(RecordScope scope, ResponseRow row, string path)
    {
        if (!row.Has(C.ForwardedTo) && !row.Has(C.ForwardedCountry)) return null;
        var name = scope.Text(path + "/name", row.At(C.ForwardedTo));
        string? country;
        if (row.Has(C.ForwardedCountry))
        {
            country = scope.Country(path + "/country", row.At(C.ForwardedCountry));
        }
        else
        {
            scope.Map(path + "/country", "adapter-default");
            country = "PE";
        }
        return country is null ? null : new Authority { Country = country, Name = name };
    }

    private MeasureType? Substitute(RecordScope scope, SourceLocation at, string path)
    {
        if (string.IsNullOrWhiteSpace(at.Value)) return null;
        return scope.Lookup(path, at, _lists.Requests.Measures) is { } entry ? SgfCodeLists.MeasureTypeOf(entry) : null;
    }

    private ExecutionCosts? Costs(RecordScope scope, ResponseRow row, string path)
    {
        var amountAt = row.At(C.Cost);
        if (!row.Has(C.Cost))
        {
            foreach (var column in new[] { C.CostExtraordinary, C.CostConcept }.Where(row.Has))
                scope.Error("required", $"{C.Cost} is required when {column} is given.", amountAt, path + "/amount");
            return null;
        }
        MonetaryAmount? amount = null;
        if (Amounts.TryParse(amountAt.Value, null, out var parsed, out var error))
        {
            amount = parsed;
            scope.Map(path + "/amount/amount", Amounts.Conversion, amountAt);
            scope.Map(path + "/amount/currency", Amounts.Conversion, amountAt);
        }
        else
        {
            scope.Error("amount.invalid", error, amountAt, path + "/amount");
        }
        bool extraordinary;
        if (row.Has(C.CostExtraordinary))
        {
            extraordinary = scope.Lookup(path + "/extraordinary", row.At(C.CostExtraordinary), _lists.Requests.YesNo) is { } entry && bool.Parse(entry["value"] ?? "false");
        }
        else
        {
            extraordinary = false;
            scope.Map(path + "/extraordinary", "adapter-default");
        }
        var description = scope.Text(path + "/description", row.At(C.CostConcept));
        return amount is null ? null : new ExecutionCosts { Amount = amount, Extraordinary = extraordinary, Description = description };
    }

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
