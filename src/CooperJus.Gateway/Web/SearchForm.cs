using System.Globalization;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk;
using Microsoft.AspNetCore.Http;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The search form's fields as typed (so the page can show them again) and the <see cref="AuditSearch"/> they make.
/// The form is POSTed, never sent as a query string: a person's name or identity number in a URL would end up in
/// the hosting logs, the browser history and any proxy's logs.
/// </summary>
internal sealed record SearchForm(string CaseReference, string RequestId, string Country, string Partner, string Status, string From, string To, string Person)
{
    /// <summary>Hits shown at most.</summary>
    public const int Limit = 100;

    /// <summary>An empty form.</summary>
    public static readonly SearchForm Empty = new("", "", "", "", "", "", "", "");

    /// <summary>Reads the posted fields (missing ones are empty).</summary>
    public static SearchForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Field(string name) => form[name].ToString().Trim();
        return new SearchForm(Field("caseReference"), Field("requestId"), Field("country"), Field("partner"), Field("status"), Field("from"), Field("to"), Field("person"));
    }

    /// <summary>
    /// The search these fields ask for, the person made into <paramref name="searchTerms"/>' keyed terms; null with
    /// <paramref name="problems"/> filled when a field is unusable.
    /// </summary>
    public AuditSearch? ToSearch(PersonSearchTerms searchTerms, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(searchTerms);
        ArgumentNullException.ThrowIfNull(problems);
        RequestStatus? status = null;
        if (Status.Length > 0)
        {
            if (CanonicalCodes.TryParse<RequestStatus>(Status, out var parsed)) status = parsed;
            else problems.Add($"Status '{Status}' is not one of: {string.Join(", ", CanonicalCodes.All<RequestStatus>())}.");
        }
        var from = Day(From, "From", problems);
        var to = Day(To, "To", problems);
        if (from > to) problems.Add("The date range ends before it starts.");
        if (Country.Length > 0 && (Country.Length != 2 || !Country.All(char.IsAsciiLetter))) problems.Add("Country is a two-letter ISO code, for example ES.");
        if (problems.Count > 0) return null;
        return new AuditSearch(
            CaseReference: OrNull(CaseReference), RequestId: OrNull(RequestId), Country: OrNull(Country.ToUpperInvariant()), PartnerId: OrNull(Partner),
            Status: status, From: from, To: to, PersonTerms: Person.Length == 0 ? null : searchTerms.OfQuery(Person), Limit: Limit);
    }

    /// <summary>
    /// The one reference typed when nothing else was (a case reference, a request or message id, or a national record
    /// number such as <c>SGF-2024-000187</c>), or null: what the audit log is asked for when the requests hold no match.
    /// </summary>
    public string? OnlyReference =>
        (CaseReference.Length > 0) != (RequestId.Length > 0) && Country.Length == 0 && Partner.Length == 0 && Status.Length == 0
        && From.Length == 0 && To.Length == 0 && Person.Length == 0
            ? CaseReference.Length > 0 ? CaseReference : RequestId
            : null;

    private static DateOnly? Day(string text, string field, List<string> problems)
    {
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        problems.Add($"{field} is not a date of the form 2026-01-31.");
        return null;
    }

    private static string? OrNull(string text) => text.Length == 0 ? null : text;
}
