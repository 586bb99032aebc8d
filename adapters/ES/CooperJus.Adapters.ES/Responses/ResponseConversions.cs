namespace CooperJus.Adapters.ES.Responses;

/// <summary>Names of the conversions the response mapping records in lineage, beside the adapter's and the SDK's.</summary>
internal static class ResponseConversions
{
    /// <summary>The stable response id computed from <c>Respuesta/@referencia</c> (<c>ES|FORTUNY-RESPUESTA|referencia</c>).</summary>
    public const string ResponseId = "response-id";

    /// <summary><c>Resultado/@diligencia</c>, the measure's number from 1, made the zero-based <c>measureIndex</c>.</summary>
    public const string OneBasedIndex = "one-based-number";
}
