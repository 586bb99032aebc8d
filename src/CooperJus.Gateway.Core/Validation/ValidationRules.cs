namespace CooperJus.Gateway.Core.Validation;

/// <summary>Ids of the rules the core checks after an adapter has built a request. Adapters and reports name them.</summary>
public static class ValidationRules
{
    /// <summary>The document breaks the JSON Schema.</summary>
    public const string Schema = "schema";

    /// <summary>A document number fails its country's check-digit or structure rule.</summary>
    public const string CheckDigit = "identity.check-digit";

    /// <summary>A person's birth date is after today.</summary>
    public const string BirthInFuture = "date.birth-in-future";

    /// <summary>A deadline (request or measure) is before the request's own date.</summary>
    public const string DeadlineBeforeRequest = "deadline.before-request";

    /// <summary>A measure targets a ref that no person, organisation or asset has.</summary>
    public const string UnknownMeasureTarget = "measure.unknown-target";

    /// <summary>An asset names a holder ref that no person or organisation has.</summary>
    public const string UnknownAssetHolder = "asset.unknown-holder";

    /// <summary>Two persons, organisations or assets share a ref.</summary>
    public const string DuplicateRef = "ref.duplicate";

    /// <summary>An asset carries a detail record (bank account, registered property, cultural object) that does not match its type.</summary>
    public const string AssetDetailMismatch = "asset.detail-mismatch";

    /// <summary>A date range ends before it starts.</summary>
    public const string RangeReversed = "date.range-reversed";
}
