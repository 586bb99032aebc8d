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

    /// <summary>The date the request was issued (<c>issuedOn</c>) is after the date it was created (<c>createdAt</c>).</summary>
    public const string IssuedAfterCreated = "date.issued-after-created";

    /// <summary>A measure names a subject ref that no person, organisation or asset has.</summary>
    public const string UnknownMeasureTarget = "measure.unknown-target";

    /// <summary>An asset names a holder ref that no person or organisation has.</summary>
    public const string UnknownAssetHolder = "asset.unknown-holder";

    /// <summary>A banking measure names an account ref that is not the ref of a bank-account asset.</summary>
    public const string UnknownBankAccount = "measure.unknown-account";

    /// <summary>An asset names an owner ref that no person or organisation has.</summary>
    public const string UnknownAssetOwner = "asset.unknown-owner";

    /// <summary>A cultural object names a related object ref that no asset has.</summary>
    public const string UnknownRelatedObject = "asset.unknown-related-object";

    /// <summary>A translation's original, a national order's file or a photograph names no attachment of the request.</summary>
    public const string UnknownAttachment = "attachment.unknown-file";

    /// <summary>Two persons, organisations or assets share a ref.</summary>
    public const string DuplicateRef = "ref.duplicate";

    /// <summary>An asset carries a detail record (bank account, registered property, cultural object) that does not match its type.</summary>
    public const string AssetDetailMismatch = "asset.detail-mismatch";

    /// <summary>A date range ends before it starts.</summary>
    public const string RangeReversed = "date.range-reversed";

    /// <summary>A warning: a coercive measure without its purpose (UNCAC art. 46(15)(f)); the requested State may refuse a request that does not say it.</summary>
    public const string CoercivePurposeMissing = "measure.purpose-missing";

    /// <summary>A warning: a coercive measure without the national order behind it (UNCAC art. 55(3)(c) asks for a copy where available).</summary>
    public const string CoerciveOrderMissing = "measure.order-missing";
}
