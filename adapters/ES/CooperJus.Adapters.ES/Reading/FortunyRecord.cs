using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.ES.Reading;

/// <summary>
/// One complete record (<c>Solicitud</c> or <c>Respuesta</c>) read from the file: the element, its exact source text,
/// and the problem that stops it being read at all (nesting too deep), if any.
/// </summary>
internal sealed record FortunyRecord(FortunyElement Element, string OriginalText, Problem? Unreadable);
