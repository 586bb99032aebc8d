using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;
using S = CooperJus.Adapters.PE.SgfColumnSlots;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// The national order behind the request (ORDEN_TIPO, ORDEN_EMISOR, ORDEN_NUMERO, ORDEN_FECHA): the disposición
/// fiscal or resolución judicial that orders the request, and so every measure of it. Read once per request and given
/// to each measure with its own lineage.
/// </summary>
internal sealed class NationalOrders
{
    private readonly OrderIssuer _issuer;
    private readonly SourceLocation _issuerAt, _authorityAt, _referenceAt, _dateAt;
    private readonly string? _authority, _reference;
    private readonly DateOnly? _date;

    private NationalOrders(OrderIssuer issuer, SgfRow row, string? authority, string? reference, DateOnly? date)
    {
        _issuer = issuer;
        _issuerAt = row.At(S.OrderType);
        _authorityAt = row.At(S.OrderIssuer);
        _referenceAt = row.At(S.OrderNumber);
        _dateAt = row.At(S.OrderDate);
        _authority = authority;
        _reference = reference;
        _date = date;
    }

    /// <summary>The order of the request, or null when the record has none (or an error was reported).</summary>
    public static NationalOrders? Read(RecordScope scope, SgfRow row, SgfCodeLists lists)
    {
        const string Path = "/measures/0/nationalOrder";
        var typeAt = row.At(S.OrderType);
        // Converted in a scratch scope, so no lineage is recorded here (each measure records its own, in For); its
        // problems (an impossible date) are the request's.
        var probe = new RecordScope();
        var authority = probe.Text(Path + "/authority", row.At(S.OrderIssuer));
        var reference = probe.Text(Path + "/reference", row.At(S.OrderNumber));
        var date = probe.DayFirstDate(Path + "/date", row.At(S.OrderDate));
        foreach (var problem in probe.Problems) scope.Add(problem);
        if (string.IsNullOrWhiteSpace(typeAt.Value))
        {
            if ((authority, reference, date) != (null, null, null))
                scope.Error("required", $"{C.OrderType} is required when the order's issuer, number or date is given, and is empty.", typeAt, Path + "/issuedBy");
            return null;
        }
        if (lists.OrderIssuers.Find(typeAt.Value) is not { } entry)
        {
            scope.Error("code-list.unknown", $"'{typeAt.Value}' is not in code list '{lists.OrderIssuers.Name}'.", typeAt, Path + "/issuedBy");
            return null;
        }
        return new NationalOrders(SgfCodeLists.Parse<OrderIssuer>(entry, "issuer"), row, authority, reference, date);
    }

    /// <summary>The order for one measure, recording its lineage at the measure's paths.</summary>
    public NationalOrder For(RecordScope scope, string issuerPath, string authorityPath, string referencePath, string datePath)
    {
        scope.Map(issuerPath, "code-list:order-issuers", _issuerAt);
        if (_authority is not null) scope.Map(authorityPath, "copy", _authorityAt);
        if (_reference is not null) scope.Map(referencePath, "copy", _referenceAt);
        if (_date is not null) scope.Map(datePath, Dates.DayFirstConversion, _dateAt);
        return new NationalOrder { IssuedBy = _issuer, Authority = _authority, Reference = _reference, Date = _date };
    }
}
