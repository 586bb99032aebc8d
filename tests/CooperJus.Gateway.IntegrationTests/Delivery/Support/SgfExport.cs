using System.Globalization;
using System.Text;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// Builds small Peruvian SGF exports (the CSV of <c>samples/PE</c>): one row per request, one suspect each, so a
/// test says how many requests go to which country, and which one is bad, in one line.
/// </summary>
internal static class SgfExport
{
    private const string Header =
        "NRO_SOLICITUD;CARPETA_FISCAL;DEPENDENCIA;FISCAL;CORREO;TELEFONO;PAIS_REQUERIDO;AUTORIDAD_REQUERIDA;BASE_LEGAL;URGENCIA;FECHA_LIMITE;RESERVADO;" +
        "DELITOS;HECHOS;FECHA_HECHOS;DILIGENCIAS;DETALLE_DILIGENCIAS;TIPO_FILA;CONDICION;TIPO_DOC;NRO_DOC;APELLIDO_PATERNO;APELLIDO_MATERNO;NOMBRES;" +
        "RAZON_SOCIAL;FECHA_NACIMIENTO;NACIONALIDAD;DOMICILIO;BIEN_TIPO;BIEN_DESCRIPCION;BIEN_MATERIAL;BIEN_DIMENSIONES;BIEN_PERIODO;BIEN_CULTURA;" +
        "BIEN_INSCRIPCIONES;BIEN_SENAS;BIEN_CODIGO_REGISTRO;BIEN_VALOR";

    /// <summary>A valid DNI (check character 2, docs/identity-numbers.md).</summary>
    public const string ValidDni = "10117410-2";

    /// <summary>The same DNI with a wrong check character: the record is rejected with <c>identity.check-digit</c>.</summary>
    public const string WrongCheckDigitDni = "10117410-5";

    /// <summary>A file of the given rows.</summary>
    public static string File(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    /// <summary><paramref name="count"/> valid requests to <paramref name="country"/> (its Spanish name), numbered <c>{prefix}-1…</c>.</summary>
    public static string[] Rows(string prefix, int count, string country) =>
        Enumerable.Range(1, count).Select(n => Row($"{prefix}-{n}", country)).ToArray();

    /// <summary>
    /// One request row; <paramref name="dni"/> is the suspect's DNI. Its deadline is a year from today: the gateway
    /// refuses a request due before it was made (<c>deadline.before-request</c>), and SGF exports carry no creation time.
    /// </summary>
    public static string Row(string number, string country, string dni = ValidDni)
    {
        var respondBy = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddYears(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var values = new StringBuilder();
        values.AppendJoin(';',
            number, "2506015500-2024-45-0", "Fiscalía Provincial Penal Corporativa de Cusco", "Rosa Elvira Huamán Quispe", "rhuamanq@mpfn.gob.pe",
            "+51 84 582030", country, "", "CONVENCION_PALERMO", "URGENTE", respondBy, "SI",
            "CP-228:Extracción ilegal de bienes culturales", $"Hechos de la solicitud {number}: huacos mochicas exportados como réplicas.", "01/03/2024-30/09/2024",
            "INFORMACION_BANCARIA", "Cuentas y movimientos desde el 01/01/2024.", "PERSONA", "INVESTIGADO", "DNI", dni, "Quispe", "Mamani", "Juan Carlos",
            "", "14/07/1979", "PERUANA", "Jr. Túpac Amaru 245, Wanchaq, Cusco");
        values.Append(';', 10);
        return values.ToString();
    }
}
