using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk;

/// <summary>
/// The working state of one national record while an adapter turns it into a canonical request: its lineage and its
/// problems. Each helper converts one source value, records lineage when it succeeds, and records a located error
/// (returning null) when it fails, so an adapter reads as a list of field mappings and never forgets either.
/// </summary>
/// <example>
/// <code>
/// var scope = new RecordScope();
/// var respondBy = scope.DayFirstDate("/urgency/respondBy", row.At("FECHA_LIMITE", row["FECHA_LIMITE"]));
/// ...
/// return scope.ToResult(recordId, request, location, originalText);
/// </code>
/// </example>
public sealed class RecordScope
{
    /// <summary>The lineage conversion of a value the adapter sets because its format has none: <c>adapter-default</c>.</summary>
    public const string AdapterDefault = "adapter-default";

    private readonly List<Problem> _problems = [];

    /// <summary>Canonical field ← source field, as recorded so far.</summary>
    public LineageRecorder Lineage { get; } = new();

    /// <summary>Problems recorded so far.</summary>
    public IReadOnlyList<Problem> Problems => _problems;

    /// <summary>True once any error has been recorded.</summary>
    public bool HasErrors
    {
        get
        {
            // A loop over the list's struct enumerator: Any() would box one per call, and adapters ask per field.
            foreach (var problem in _problems)
            {
                if (problem.IsError) return true;
            }
            return false;
        }
    }

    /// <summary>Records an error.</summary>
    public void Error(string rule, string message, SourceLocation? at, string? canonicalPath = null) =>
        _problems.Add(Problem.Error(rule, message, at, canonicalPath));

    /// <summary>Records a warning.</summary>
    public void Warning(string rule, string message, SourceLocation? at, string? canonicalPath = null) =>
        _problems.Add(Problem.Warning(rule, message, at, canonicalPath));

    /// <summary>Records a problem found elsewhere.</summary>
    public void Add(Problem problem) => _problems.Add(problem);

    /// <summary>Records lineage for a field the adapter filled itself.</summary>
    public void Map(string canonicalPath, string conversion, params SourceLocation[] sources) =>
        Lineage.Record(canonicalPath, conversion, sources);

    /// <summary>Records lineage for a field the adapter filled itself from one source field.</summary>
    public void Map(string canonicalPath, string conversion, SourceLocation source) =>
        Lineage.Record(canonicalPath, conversion, source);

    /// <summary>The trimmed text of <paramref name="at"/>, or null when empty. Records lineage <c>copy</c>.</summary>
    public string? Text(string canonicalPath, SourceLocation at)
    {
        ArgumentNullException.ThrowIfNull(at);
        var text = at.Value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        Lineage.Record(canonicalPath, "copy", at);
        return text;
    }

    /// <summary>Like <see cref="Text"/>, but an empty value is an error (rule <c>required</c>).</summary>
    public string? RequiredText(string canonicalPath, SourceLocation at)
    {
        var text = Text(canonicalPath, at);
        if (text is null) Error("required", $"{at.Field} is required and is empty.", at, canonicalPath);
        return text;
    }

    /// <summary>A day-first date (<c>dd/MM/yyyy</c>); empty gives null without error.</summary>
    public DateOnly? DayFirstDate(string canonicalPath, SourceLocation at) =>
        Convert(canonicalPath, at, Dates.DayFirstConversion, "date.invalid", (string text, out DateOnly date, out string? error) => Dates.TryParseDayFirst(text, out date, out error));

    /// <summary>An ISO 8601 date (<c>yyyy-MM-dd</c>); empty gives null without error.</summary>
    public DateOnly? IsoDate(string canonicalPath, SourceLocation at) =>
        Convert(canonicalPath, at, Dates.IsoConversion, "date.invalid", (string text, out DateOnly date, out string? error) => Dates.TryParseIso(text, out date, out error));

    /// <summary>A day-first date or range; empty gives null without error.</summary>
    /// <remarks>
    /// Lineage is recorded at the leaves, <c>…/start</c> and (when the range has one) <c>…/end</c>: an auditor asking where
    /// a period's end came from finds the field itself, not only its parent.
    /// </remarks>
    public DateRange? DayFirstRange(string canonicalPath, SourceLocation at)
    {
        ArgumentNullException.ThrowIfNull(at);
        if (string.IsNullOrWhiteSpace(at.Value)) return null;
        if (Dates.TryParseDayFirstRange(at.Value, out var range, out var error) && range is not null)
        {
            Lineage.Record(DerivedPaths.Start(canonicalPath), Dates.DayFirstRangeConversion, at);
            if (range.End is not null) Lineage.Record(DerivedPaths.End(canonicalPath), Dates.DayFirstRangeConversion, at);
            return range;
        }
        Error("date.invalid", error ?? "unreadable value", at, canonicalPath);
        return null;
    }

    /// <summary>
    /// An amount with currency (<c>S/ 12.500,50</c>); empty gives null without error. Lineage is recorded at the leaves,
    /// <c>…/amount</c> and <c>…/currency</c>; a currency taken from <paramref name="defaultCurrency"/> because the value
    /// names none is recorded as <c>adapter-default</c>.
    /// </summary>
    /// <param name="canonicalPath">The monetary amount's path (<c>/assets/0/value</c>).</param>
    /// <param name="at">The value as written.</param>
    /// <param name="defaultCurrency">The format's currency for a value written without one; null: a currency is required.</param>
    /// <remarks>Written out rather than through ConvertRef: a parser delegate here would capture the default currency, one closure per call.</remarks>
    public MonetaryAmount? Amount(string canonicalPath, SourceLocation at, string? defaultCurrency = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        if (string.IsNullOrWhiteSpace(at.Value)) return null;
        if (Amounts.TryParse(at.Value, defaultCurrency, out var amount, out var error))
        {
            // At the leaves: the number and the currency are both read from the one value as written.
            Lineage.Record(DerivedPaths.Amount(canonicalPath), Amounts.Conversion, at);
            // A currency the value does not write is the adapter's default for its format, and lineage says so.
            var currencyWritten = defaultCurrency is null || Amounts.TryParse(at.Value, null, out _, out _);
            Lineage.Record(DerivedPaths.Currency(canonicalPath), currencyWritten ? Amounts.Conversion : AdapterDefault, at);
            return amount;
        }
        Error("amount.invalid", error ?? "unreadable value", at, canonicalPath);
        return null;
    }

    /// <summary>A country name, demonym or code as ISO alpha-2; unknown is an error (rule <c>country.unknown</c>).</summary>
    public string? Country(string canonicalPath, SourceLocation at)
    {
        ArgumentNullException.ThrowIfNull(at);
        if (string.IsNullOrWhiteSpace(at.Value)) return null;
        if (Countries.TryNormalize(at.Value, out var alpha2))
        {
            Lineage.Record(canonicalPath, Countries.Conversion, at);
            return alpha2;
        }
        Error("country.unknown", $"'{at.Value}' is not a country name, demonym or ISO 3166 code that the gateway knows.", at, canonicalPath);
        return null;
    }

    /// <summary>
    /// Checks a document number with its country's rule. Invalid is an error (rule <c>identity.check-digit</c>) that
    /// names the field and the source; the number is never corrected.
    /// </summary>
    public CheckDigitStatus CheckDocument(string canonicalPath, SourceLocation at, string country, string nationalType)
    {
        ArgumentNullException.ThrowIfNull(at);
        var check = IdentityNumbers.Check(country, nationalType, at.Value ?? "");
        Lineage.Record(DerivedPaths.CheckDigit(canonicalPath), DerivedPaths.IdentityRuleConversion(check.Rule), at);
        if (check.Status == CheckDigitStatus.Invalid)
            Error("identity.check-digit", $"{country} {nationalType} '{at.Value}' is not valid: {check.Reason}", at, canonicalPath + "/number");
        return check.Status;
    }

    /// <summary>
    /// Looks a national code up in <paramref name="list"/>. Unknown is an error (rule <c>code-list.unknown</c>) unless
    /// <paramref name="unknownIsWarning"/>, for codes that are kept as written and flagged (offences).
    /// </summary>
    public CodeListEntry? Lookup(string canonicalPath, SourceLocation at, CodeList list, bool unknownIsWarning = false)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(list);
        var entry = list.Find(at.Value);
        if (entry is not null)
        {
            Lineage.Record(canonicalPath, list.ConversionName, at);
            return entry;
        }
        var message = $"'{at.Value}' is not in code list '{list.Name}'.";
        if (unknownIsWarning) Warning("code-list.unknown", message + " It is kept as written, unclassified.", at, canonicalPath);
        else Error("code-list.unknown", message, at, canonicalPath);
        return null;
    }

    /// <summary>
    /// The canonical request id of a national record: the id a gateway wrote in the national file when it rendered a
    /// request there (<paramref name="gatewayIdAt"/>, lineage <c>copy</c>), so a request that came from another country
    /// keeps its id; else the id derived from the national reference (<see cref="RequestIds.FromNationalReference"/>,
    /// lineage <c>request-id</c>). A written id that is not a canonical request id is an error (rule
    /// <c>request-id.invalid</c>). Null when there is neither, or on that error.
    /// </summary>
    public string? RequestId(SourceLocation gatewayIdAt, SourceLocation referenceAt, string country, string nationalSystem)
    {
        ArgumentNullException.ThrowIfNull(gatewayIdAt);
        ArgumentNullException.ThrowIfNull(referenceAt);
        var written = gatewayIdAt.Value?.Trim();
        if (!string.IsNullOrEmpty(written))
        {
            if (!RequestIds.IsCanonical(written))
            {
                Error("request-id.invalid", $"{gatewayIdAt.Field} '{written}' is not a canonical request id (a UUID in lowercase hexadecimal, as the gateway writes it).", gatewayIdAt, "/requestId");
                return null;
            }
            Lineage.Record("/requestId", "copy", gatewayIdAt);
            return written;
        }
        var reference = referenceAt.Value?.Trim();
        if (string.IsNullOrEmpty(reference)) return null;
        Lineage.Record("/requestId", RequestIds.Conversion, referenceAt);
        return RequestIds.FromNationalReference(country, nationalSystem, reference);
    }

    /// <summary>Builds the record's result. A request is only kept when it was built; problems are kept either way.</summary>
    public RecordResult ToResult(string? recordId, CooperationRequest? request, SourceLocation? location, string? originalText) =>
        new()
        {
            RecordId = recordId,
            Request = request,
            Location = location,
            Lineage = Lineage.TakeSnapshot(),
            Problems = _problems.Count == 0 ? [] : [.. _problems],
            OriginalText = originalText,
        };

    /// <summary>Builds the result of a national response record. A response is only kept when it was built; problems are kept either way.</summary>
    public ResponseRecordResult ToResponseResult(string? recordId, CooperationResponse? response, SourceLocation? location, string? originalText) =>
        new()
        {
            RecordId = recordId,
            Response = response,
            Location = location,
            Lineage = Lineage.TakeSnapshot(),
            Problems = _problems.Count == 0 ? [] : [.. _problems],
            OriginalText = originalText,
        };

    private delegate bool TryParser<T>(string text, out T value, out string? error);

    private T? Convert<T>(string canonicalPath, SourceLocation at, string conversion, string rule, TryParser<T> parse) where T : struct
    {
        ArgumentNullException.ThrowIfNull(at);
        if (string.IsNullOrWhiteSpace(at.Value)) return null;
        if (parse(at.Value, out var value, out var error))
        {
            Lineage.Record(canonicalPath, conversion, at);
            return value;
        }
        Error(rule, error ?? "unreadable value", at, canonicalPath);
        return null;
    }
}
