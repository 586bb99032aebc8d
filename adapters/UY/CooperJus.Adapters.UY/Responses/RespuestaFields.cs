namespace CooperJus.Adapters.UY.Responses;

/// <summary>The property names of one SIPPAU respuesta (one line of a respuestas file) and of its resultados.</summary>
internal static class RespuestaFields
{
    public const string NumeroRespuesta = "numeroRespuesta";
    public const string IdPasarela = "idPasarela";
    public const string Estado = "estado";
    public const string FechaHora = "fechaHora";
    public const string Fiscalia = "fiscalia";
    public const string NumeroCaso = "numeroCaso";
    public const string Mensaje = "mensaje";
    public const string Resultados = "resultados";

    // A resultado.
    public const string Medida = "medida";
    public const string Resumen = "resumen";
    public const string Causales = "causales";
    public const string AplazadoHasta = "aplazadoHasta";

    // A causal de denegación.
    public const string Codigo = "codigo";
    public const string Explicacion = "explicacion";
}
