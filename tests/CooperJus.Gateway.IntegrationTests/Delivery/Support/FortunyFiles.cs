using System.Globalization;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>Files as Spain's Fortuny writes them: a request export, and a response file answering requests by their id.</summary>
internal static class FortunyFiles
{
    /// <summary>A Fortuny export of one request to the State <paramref name="iso"/>.</summary>
    public static string Request(string referencia, string iso = "PE") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Exportacion xmlns="urn:es:fiscalia:fortuny:cooperacion:3" version="3.1" generada="2026-05-14T10:15:00+02:00">
          <Solicitud referencia="{referencia}">
            <Procedimiento clase="DP" numero="123/2026" organo="Juzgado Central de Instrucción nº 3"/>
            <Fiscalia>Fiscalía Especial Antidroga</Fiscalia>
            <EstadoRequerido iso="{iso}"/>
            <Delito codigo="CP-368">Tráfico de drogas</Delito>
            <Hechos>Envío de cocaína oculto en un contenedor de fruta.</Hechos>
            <Diligencia tipo="INFORMACION_BANCARIA">Titularidad y movimientos de las cuentas del investigado.</Diligencia>
          </Solicitud>
        </Exportacion>
        """;

    /// <summary>A Fortuny response file holding <paramref name="respuestas"/> (each made by <see cref="Respuesta"/>).</summary>
    public static string Responses(params string[] respuestas) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Respuestas xmlns=\"urn:es:fiscalia:fortuny:cooperacion:3\" version=\"3.1\" generada=\"2026-06-10T12:00:00+02:00\">\n"
        + string.Concat(respuestas)
        + "</Respuestas>\n";

    /// <summary>
    /// One <c>Respuesta</c> of five lines (so the n-th starts on line 3 + 5(n-1)): Fortuny number
    /// <paramref name="referencia"/>, answering <paramref name="requestId"/> with <paramref name="estado"/>, one result
    /// for the first diligencia.
    /// </summary>
    public static string Respuesta(string referencia, string requestId, string estado, DateTimeOffset? at = null) =>
        $"""
          <Respuesta referencia="{referencia}" solicitud="{requestId}" estado="{estado}" fecha="{(at ?? new DateTimeOffset(2026, 6, 10, 10, 0, 0, TimeSpan.FromHours(2))).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}">
            <Autoridad>Fiscalía Provincial de Madrid</Autoridad>
            <Mensaje>Se remite el resultado de las diligencias.</Mensaje>
            <Resultado diligencia="1" estado="{estado}"><Resumen>Se obtuvieron los extractos bancarios.</Resumen></Resultado>
          </Respuesta>

        """;
}
