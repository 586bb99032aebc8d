using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>The SGF codes the PE adapter accepts, read from its code lists, for made-up requests.</summary>
internal sealed record PeCodeChoices(
    IReadOnlyList<string> Offences, IReadOnlyList<string> Measures, IReadOnlyList<string> Multilateral,
    IReadOnlyDictionary<string, string> Bilateral, IReadOnlyList<string> Urgency, IReadOnlyList<string> Reserved,
    IReadOnlyList<string> PersonRoles, IReadOnlyList<string> OrganisationRoles, string NationalId, string? ForeignerId,
    string TaxId, string PersonRow, string CompanyRow, string ObjectRow)
{
    public static PeCodeChoices From(CodeListSource lists)
    {
        var instruments = lists.Load("instruments").Entries;
        var documents = lists.Load("document-types");
        var rowTypes = lists.Load("row-types");
        var roles = lists.Load("roles").Entries;
        return new PeCodeChoices(
            Offences: lists.Load("offences").Entries.Select(e => $"{e.Key}:{e["wording"] ?? e.Key}").ToList(),
            // Every measure: the templates always have persons, a company and objects, so any target rule finds one.
            Measures: lists.Load("measures").Entries.Select(e => e.Key).ToList(),
            Multilateral: instruments.Where(e => e["parties"] is null).Select(e => e.Key).ToList(),
            Bilateral: instruments.Where(e => e["parties"] is { } p && p.StartsWith("PE|", StringComparison.Ordinal))
                .GroupBy(e => e["parties"]![3..]).ToDictionary(g => g.Key, g => g.First().Key),
            Urgency: lists.Load("urgency").Entries.Select(e => e.Key).ToList(),
            Reserved: lists.Load("reserved").Entries.Select(e => e.Key).ToList(),
            PersonRoles: roles.Where(e => e["person"] is not null).Select(e => e.Key).ToList(),
            OrganisationRoles: roles.Where(e => e["organisation"] is not null).Select(e => e.Key).ToList(),
            NationalId: KeyOf(documents, "type", "national-id"),
            ForeignerId: documents.FindBy("type", "foreigner-id")?.Key,
            TaxId: KeyOf(documents, "type", "tax-id"),
            PersonRow: KeyOf(rowTypes, "kind", "person"),
            CompanyRow: KeyOf(rowTypes, "kind", "organisation"),
            ObjectRow: KeyOf(rowTypes, "kind", "cultural-object"));
    }

    private static string KeyOf(CodeList list, string column, string value) =>
        list.FindBy(column, value)?.Key ?? throw new InvalidOperationException($"Code list '{list.Name}' has no entry with {column} = {value}.");
}
