using System.Globalization;
using System.Text;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>
/// Writes SGF exports (the PE adapter's CSV) holding many requests to Spain. Each request is a copy of the sample's
/// request to Spain in <c>samples/PE/solicitudes_2024_cusco.csv</c> (seven rows: persons with DNIs, a passport holder,
/// a company with a RUC, cultural objects), with its own NRO_SOLICITUD and CARPETA_FISCAL, new DNIs and RUC with
/// valid check characters, offences and urgency drawn from the PE adapter's own code lists, and a deadline in the
/// future. The template is taken from what the adapter itself read (<see cref="RecordResult.OriginalText"/>), so the
/// quoting and line breaks of the sample are kept exactly.
/// </summary>
internal sealed class SgfExportGenerator
{
    private readonly string _header;
    private readonly string _rows;
    private readonly int _rowCount;
    private readonly CooperationRequest _template;
    private readonly IReadOnlyList<CodeListEntry> _offences;
    private readonly IReadOnlyList<CodeListEntry> _urgencies;

    private SgfExportGenerator(string header, string rows, int rowCount, CooperationRequest template, CodeList offences, CodeList urgency)
    {
        _header = header;
        _rows = rows;
        _rowCount = rowCount;
        _template = template;
        _offences = offences.Entries.Where(e => e["iccs"] is not null && e["wording"] is not null).ToList();
        _urgencies = urgency.Entries;
    }

    /// <summary>Reads the sample with the real PE adapter and keeps its request to Spain as the template.</summary>
    public static SgfExportGenerator FromSample(string samplePath, ICountryAdapter peru, CodeListSource codeLists)
    {
        ArgumentNullException.ThrowIfNull(peru);
        ArgumentNullException.ThrowIfNull(codeLists);
        var record = peru.Read(SourceFile.FromPath(samplePath))
            .FirstOrDefault(r => r.IsAccepted && r.Request!.RequestedAuthority.Country == "ES")
            ?? throw new InvalidOperationException($"{samplePath} holds no accepted request to Spain to use as a template.");
        var text = record.OriginalText!.TrimStart('\uFEFF');
        var headerEnd = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var rows = text[headerEnd..];
        if (!rows.EndsWith('\n')) rows += "\r\n";
        var rowCount = Occurrences(rows, record.Request!.IssuingAuthority.RequestReference!);
        return new SgfExportGenerator(text[..headerEnd], rows, rowCount, record.Request, codeLists.Load("offences"), codeLists.Load("urgency"));
    }

    /// <summary>
    /// Writes <paramref name="requests"/> requests into <paramref name="files"/> files (<c>solicitudes_crash_NN.csv</c>)
    /// in <paramref name="folder"/>, numbered in ascending order as SGF sorts them. The same seed gives the same files.
    /// </summary>
    public GeneratedExport Write(string folder, int requests, int files, int seed, DateOnly respondBy)
    {
        var random = new Random(seed);
        var references = new List<string>(requests);
        var dnis = new List<string>();
        var rucs = new List<string>();
        var paths = new List<string>(files);
        var perFile = (requests + files - 1) / files;
        for (var f = 0; f < files; f++)
        {
            var path = Path.Combine(folder, $"solicitudes_crash_{f + 1:D2}.csv");
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            {
                writer.Write(_header);
                for (var i = f * perFile; i < Math.Min(requests, (f + 1) * perFile); i++)
                {
                    var reference = string.Create(CultureInfo.InvariantCulture, $"SGF-2026-{100001 + i:D6}");
                    writer.Write(Request(random, reference, i, respondBy, dnis, rucs));
                    references.Add(reference);
                }
            }
            paths.Add(path);
        }
        return new GeneratedExport(paths, references, dnis, rucs);
    }

    private string Request(Random random, string reference, int index, DateOnly respondBy, List<string> dnis, List<string> rucs)
    {
        var text = ReplaceEveryRow(_rows, _template.IssuingAuthority.RequestReference!, reference);
        text = ReplaceEveryRow(text, ";" + _template.IssuingAuthority.CaseReference + ";",
            string.Create(CultureInfo.InvariantCulture, $";2506015500-2026-{index + 1}-0;"));
        text = ReplaceEveryRow(text, ";" + OffencesAsWritten(_template.Offences) + ";", ";" + Offences(random) + ";");
        // PENAS_MAXIMAS names the template's articles, which the drawn offences replace: the copy gives no penalties.
        if (_template.Offences.Any(o => o.MaximumPenalty is not null))
            text = ReplaceEveryRow(text, ";" + PenaltiesAsWritten(_template.Offences) + ";", ";;");
        text = ReplaceEveryRow(text, ";" + DayFirst(_template.Urgency.Deadlines[0].By) + ";", ";" + DayFirst(respondBy) + ";");
        text = ReplaceEveryRow(text, ";" + UrgencyCode(_template.Urgency.Level) + ";", ";" + _urgencies[random.Next(_urgencies.Count)].Key + ";");
        foreach (var dni in DocumentsOf(_template, "DNI"))
        {
            var fresh = PeruvianIdentityNumbers.Dni(random, style: dnis.Count);
            text = ReplaceOnce(text, ";" + dni + ";", ";" + fresh + ";");
            dnis.Add(fresh);
        }
        foreach (var ruc in _template.Organisations.SelectMany(o => o.RegistrationNumbers).Where(d => d.NationalType == "RUC").Select(d => d.Number))
        {
            var fresh = PeruvianIdentityNumbers.CompanyRuc(random);
            text = ReplaceOnce(text, ";" + ruc + ";", ";" + fresh + ";");
            rucs.Add(fresh);
        }
        return text;
    }

    /// <summary>One to three distinct offences of the adapter's list, as SGF writes them: <c>article:wording</c> joined by <c>|</c>.</summary>
    private string Offences(Random random) =>
        string.Join('|', Enumerable.Range(0, _offences.Count).OrderBy(_ => random.Next()).Take(random.Next(1, 4))
            .Select(i => $"{_offences[i].Key}:{_offences[i]["wording"]}"));

    private string UrgencyCode(UrgencyLevel level) =>
        _urgencies.First(u => u["level"] == CanonicalCodes.ToCode(level)).Key;

    private static IEnumerable<string> DocumentsOf(CooperationRequest request, string nationalType) =>
        request.Persons.SelectMany(p => p.IdentityDocuments).Where(d => d.NationalType == nationalType).Select(d => d.Number);

    private static string OffencesAsWritten(IReadOnlyList<Offence> offences) =>
        string.Join('|', offences.Select(o => o.NationalWording is null ? o.NationalCode : $"{o.NationalCode}:{o.NationalWording}"));

    private static string PenaltiesAsWritten(IReadOnlyList<Offence> offences) =>
        string.Join('|', offences.Where(o => o.MaximumPenalty is not null).Select(o => $"{o.NationalCode}:{o.MaximumPenalty}"));

    private static string DayFirst(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Replaces a request-level value, which the template must hold exactly once per row.</summary>
    private string ReplaceEveryRow(string text, string value, string replacement)
    {
        var found = Occurrences(text, value);
        if (found != _rowCount)
            throw new InvalidOperationException($"The template request has {_rowCount} rows but '{value}' occurs {found} times in it; the generator cannot vary it safely.");
        return text.Replace(value, replacement, StringComparison.Ordinal);
    }

    private static string ReplaceOnce(string text, string value, string replacement)
    {
        var found = Occurrences(text, value);
        if (found != 1) throw new InvalidOperationException($"'{value}' occurs {found} times in the template request; expected once.");
        return text.Replace(value, replacement, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
