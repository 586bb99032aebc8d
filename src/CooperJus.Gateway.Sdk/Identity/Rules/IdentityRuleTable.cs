using CooperJus.Gateway.Sdk.Caching;
using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Gateway.Sdk.Identity.Rules;

/// <summary>
/// Which rule checks which document of which country. Document type names are matched ignoring case, accents, spaces
/// and punctuation, so <c>Cédula</c>, <c>CEDULA</c> and <c>C.I.</c> / <c>CI</c> find their rule.
/// </summary>
internal static class IdentityRuleTable
{
    private static readonly Dictionary<string, List<string>> NamesByCountry = new(StringComparer.Ordinal);

    private static readonly Dictionary<(string Country, string Type), IIdentityRule> Rules = Build();

    // Exports write the same few type names on every record; their key is remembered rather than normalised each time.
    private static readonly BoundedCache<string> TypeKeys = new(1024);

    /// <summary>The rule for <paramref name="nationalType"/> in <paramref name="alpha2"/>, or null when none is known.</summary>
    public static IIdentityRule? Find(string alpha2, string? nationalType) =>
        Rules.TryGetValue((alpha2, TypeKeys.Get(nationalType ?? "", TypeKey)), out var rule) ? rule : null;

    /// <summary>The document type names that have a rule in <paramref name="alpha2"/>, as the table spells them.</summary>
    public static IReadOnlyList<string> Names(string alpha2) => NamesByCountry.TryGetValue(alpha2, out var names) ? names : [];

    /// <summary><c>"C.I."</c> → <c>CI</c>, <c>"Cédula de identidad"</c> → <c>CEDULADEIDENTIDAD</c>.</summary>
    public static string TypeKey(string? nationalType) =>
        string.Concat(TextKeys.Normalize(nationalType ?? "").Where(char.IsLetterOrDigit));

    private static Dictionary<(string, string), IIdentityRule> Build()
    {
        var rules = new Dictionary<(string, string), IIdentityRule>();
        void Add(string country, IIdentityRule rule, params string[] types)
        {
            foreach (var type in types) rules.Add((country, TypeKey(type)), rule);
            if (!NamesByCountry.TryGetValue(country, out var names)) NamesByCountry[country] = names = [];
            names.AddRange(types);
        }

        Add("PE", new PeruDni(), "DNI", "Documento Nacional de Identidad");
        Add("PE", new PeruRuc(), "RUC", "Registro Único de Contribuyentes");
        Add("BR", new BrazilCpf(), "CPF", "Cadastro de Pessoas Físicas");
        Add("BR", new BrazilCnpj(), "CNPJ", "Cadastro Nacional da Pessoa Jurídica");
        Add("CL", new ChileRut(), "RUT", "RUN", "CI", "Cédula", "Cédula de Identidad", "Rol Único Tributario", "Rol Único Nacional");
        Add("EC", new EcuadorCedula(), "Cédula", "CI", "CC", "Cédula de Identidad", "Cédula de Ciudadanía");
        Add("SV", new ElSalvadorDui(), "DUI", "Documento Único de Identidad");
        Add("GT", new GuatemalaCui(), "DPI", "CUI", "Documento Personal de Identificación", "Código Único de Identificación");
        Add("HN", new HondurasDni(), "DNI", "Identidad", "Tarjeta de Identidad", "Documento Nacional de Identificación");
        Add("PA", new PanamaCedula(), "Cédula", "CI", "CIP", "Cédula de Identidad", "Cédula de Identidad Personal");
        Add("PY", new ParaguayCedula(), "CI", "CIC", "Cédula", "Cédula de Identidad", "Cédula de Identidad Civil");
        Add("PY", new ParaguayRuc(), "RUC", "Registro Único del Contribuyente");
        Add("UY", new UruguayCedula(), "CI", "Cédula", "Cédula de Identidad");
        Add("CU", new CubaCarne(), "Carné", "Carnet", "CI", "NI", "Carné de Identidad", "Carnet de Identidad", "Número de Identidad");
        Add("ES", new SpainDni(), "DNI", "Documento Nacional de Identidad");
        Add("ES", new SpainNie(), "NIE", "Número de Identidad de Extranjero");
        Add("ES", new SpainNif(), "NIF", "Número de Identificación Fiscal");
        return rules;
    }
}
