namespace CooperJus.Adapters.ES.Reading;

/// <summary>One complete <c>Solicitud</c> read from the file: the element and its exact source text.</summary>
internal sealed record FortunyRecord(FortunyElement Element, string OriginalText);
