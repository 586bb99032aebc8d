using System.Globalization;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>
/// Template requests made up when there is no sample: every column filled, codes taken from the PE adapter's own
/// code lists (so the adapter knows them), several rows per request (persons, a company, cultural objects).
/// </summary>
internal sealed class PeSyntheticTemplates
{
    private static readonly string[] Offices =
    [
        "Fiscalía Provincial Penal Corporativa de Cusco",
        "Fiscalía Especializada en Delitos contra el Patrimonio Cultural de Lima",
        "Fiscalía Provincial Especializada contra la Criminalidad Organizada de Trujillo",
    ];

    private static readonly string[] GivenNames = ["Juan Carlos", "María Elena", "Rosa", "Luis Alberto", "Ana Lucía", "Jorge", "Carmen Rosa", "Víctor Raúl"];
    private static readonly string[] FamilyNames = ["Quispe", "Mamani", "Huamán", "Flores", "Rodríguez", "Sánchez", "Chávez", "Gutiérrez", "Ramírez", "Torres"];
    private static readonly string[] Nationalities = ["PERUANA", "Peruana", "PE", "PERÚ"];
    private static readonly string[] CompanyForms = ["S.A.C.", "S.A.", "E.I.R.L."];

    // Requested country as SGF writes it, with the alpha-2 code that the bilateral treaty rows of instruments.csv name.
    private static readonly (string Written, string Alpha2)[] RequestedCountries =
        [("ESPAÑA", "ES"), ("España", "ES"), ("ESP", "ES"), ("BRASIL", "BR"), ("CHILE", "CL"), ("ECUADOR", "EC"), ("URUGUAY", "UY")];

    private static readonly (string Type, string Material, string Culture, string Period)[] Objects =
    [
        ("Huaco retrato", "cerámica", "Moche", "100-700 d.C."),
        ("Textil", "algodón y lana de camélido", "Paracas", "800 a.C.-100 d.C."),
        ("Máscara funeraria", "oro laminado", "Sicán", "900-1100 d.C."),
        ("Vasija escultórica", "cerámica policroma", "Nasca", "100-600 d.C."),
    ];

    private readonly Random _random;
    private readonly PeCodeChoices _choices;

    private PeSyntheticTemplates(Random random, PeCodeChoices choices)
    {
        _random = random;
        _choices = choices;
    }

    /// <summary><paramref name="count"/> different requests, reproducible for a given <paramref name="seed"/>.</summary>
    /// <param name="codeLists">The PE adapter's code lists (its <c>codelists</c> folder).</param>
    /// <param name="count">How many requests.</param>
    /// <param name="seed">Seed of the random choices.</param>
    public static IReadOnlyList<PeTemplateBlock> Create(CodeListSource codeLists, int count, int seed)
    {
        var templates = new PeSyntheticTemplates(new Random(seed), PeCodeChoices.From(codeLists));
        return Enumerable.Range(0, count).Select(templates.Block).ToList();
    }

    private PeTemplateBlock Block(int index)
    {
        var request = RequestColumns(index);
        var rows = new List<string[]>();
        var persons = 1 + _random.Next(3);
        for (var p = 0; p < persons; p++) rows.Add(Row(request, PersonColumns(p)));
        rows.Add(Row(request, CompanyColumns()));
        var objects = 1 + _random.Next(2);
        for (var o = 0; o < objects; o++) rows.Add(Row(request, ObjectColumns(o)));
        return new PeTemplateBlock(rows);
    }

    private Dictionary<string, string> RequestColumns(int index)
    {
        var country = Pick(RequestedCountries);
        var offences = _choices.Offences.OrderBy(_ => _random.Next()).Take(1 + _random.Next(3));
        var legalBasis = new List<string> { Pick(_choices.Multilateral) };
        if (_choices.Bilateral.TryGetValue(country.Alpha2, out var treaty)) legalBasis.Add(treaty);
        var urgency = Pick(_choices.Urgency);
        var start = new DateOnly(2021, 1, 1).AddDays(_random.Next(1200));
        var facts = "Entre las fechas indicadas, la organización investigada extrajo bienes arqueológicos del sitio de Huaca Rajada "
            + "y los exportó mediante empresas de fachada; los pagos se canalizaron por cuentas en el Estado requerido."
            + (index % 4 == 0 ? "\nSe adjunta el informe \"Patrimonio 2024\" del Ministerio de Cultura; véanse los anexos 1 a 3." : "");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PeColumns.RequestNumber] = $"SGF-2026-{index:D6}",
            [PeColumns.CaseFile] = $"2506015500-2026-{index}-0",
            ["DEPENDENCIA"] = Pick(Offices),
            ["FISCAL"] = $"{Pick(GivenNames)} {Pick(FamilyNames)} {Pick(FamilyNames)}",
            ["CORREO"] = $"fiscal{index}@mpfn.gob.pe",
            ["TELEFONO"] = $"+51 84 {_random.Next(200000, 999999)}",
            ["PAIS_REQUERIDO"] = country.Written,
            ["AUTORIDAD_REQUERIDA"] = index % 3 == 0 ? "" : "Autoridad Central del Estado requerido",
            ["BASE_LEGAL"] = string.Join('|', legalBasis),
            ["URGENCIA"] = urgency,
            ["FECHA_LIMITE"] = index % 5 == 0 ? "" : DayFirst(new DateOnly(2031, 1, 1).AddDays(_random.Next(365))),
            ["RESERVADO"] = Pick(_choices.Reserved),
            ["DELITOS"] = string.Join('|', offences),
            ["HECHOS"] = facts,
            ["FECHA_HECHOS"] = index % 2 == 0 ? $"{DayFirst(start)}-{DayFirst(start.AddDays(30 + _random.Next(400)))}" : DayFirst(start),
            ["DILIGENCIAS"] = string.Join('|', _choices.Measures.OrderBy(_ => _random.Next()).Take(2 + _random.Next(3))),
            ["DETALLE_DILIGENCIAS"] = "Se solicita información de cuentas, localización e incautación de los bienes descritos, y la declaración de los testigos.",
        };
    }

    private Dictionary<string, string> PersonColumns(int position)
    {
        var (type, number) = position == 2 && _choices.ForeignerId is { } ce
            ? (ce, "001234567")
            : (_choices.NationalId, _random.Next(3) switch { 0 => "10117410", 1 => "10117410-2", _ => "10117410-G" });
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PeColumns.RowType] = _choices.PersonRow,
            ["CONDICION"] = Pick(_choices.PersonRoles),
            [PeColumns.DocumentType] = type,
            [PeColumns.DocumentNumber] = number,
            ["APELLIDO_PATERNO"] = Pick(FamilyNames),
            ["APELLIDO_MATERNO"] = Pick(FamilyNames),
            ["NOMBRES"] = Pick(GivenNames),
            ["FECHA_NACIMIENTO"] = DayFirst(new DateOnly(1950, 1, 1).AddDays(_random.Next(19000))),
            ["NACIONALIDAD"] = Pick(Nationalities),
            ["DOMICILIO"] = $"Av. El Sol {100 + _random.Next(900)}, Cusco",
        };
    }

    private Dictionary<string, string> CompanyColumns() => new(StringComparer.Ordinal)
    {
        [PeColumns.RowType] = _choices.CompanyRow,
        ["CONDICION"] = Pick(_choices.OrganisationRoles),
        [PeColumns.DocumentType] = _choices.TaxId,
        [PeColumns.DocumentNumber] = "20512333797",
        ["RAZON_SOCIAL"] = $"Inversiones Andinas del Sur {Pick(CompanyForms)}",
        ["NACIONALIDAD"] = "PE",
        ["DOMICILIO"] = $"Jr. Lampa {100 + _random.Next(900)}, Lima",
    };

    private Dictionary<string, string> ObjectColumns(int position)
    {
        var item = Pick(Objects);
        var value = position % 2 == 0
            ? $"USD {_random.Next(1, 90)}.{_random.Next(1000):D3}"
            : $"S/ {_random.Next(1, 400)}.{_random.Next(1000):D3},{_random.Next(100):D2}";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PeColumns.RowType] = _choices.ObjectRow,
            ["BIEN_TIPO"] = item.Type,
            ["BIEN_DESCRIPCION"] = $"{item.Type} de la cultura {item.Culture}; pieza completa, con restos de pigmento.",
            ["BIEN_MATERIAL"] = item.Material,
            ["BIEN_DIMENSIONES"] = $"{10 + _random.Next(30)} x {8 + _random.Next(20)} cm",
            ["BIEN_PERIODO"] = item.Period,
            ["BIEN_CULTURA"] = item.Culture,
            ["BIEN_INSCRIPCIONES"] = position % 2 == 0 ? "Número de inventario pintado en la base" : "",
            ["BIEN_SENAS"] = "Fisura restaurada en el borde",
            ["BIEN_CODIGO_REGISTRO"] = $"MC-{_random.Next(100000, 999999)}",
            ["BIEN_VALOR"] = value,
        };
    }

    private static string[] Row(Dictionary<string, string> request, Dictionary<string, string> row) =>
        PeColumns.All.Select(c => request.TryGetValue(c, out var r) ? r : row.TryGetValue(c, out var v) ? v : "").ToArray();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string DayFirst(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
