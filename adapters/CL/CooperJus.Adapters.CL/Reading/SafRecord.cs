namespace CooperJus.Adapters.CL.Reading;

/// <summary>One complete record (<c>Solicitud</c> or <c>Respuesta</c>) read from the file: the element and its exact source text.</summary>
internal sealed record SafRecord(SafElement Element, string OriginalText);
