using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>Country names as a Spanish clerk writes them (<c>Perú</c>), for the text of EstadoRequerido and Nacionalidad.</summary>
internal static class SpanishNames
{
    /// <summary>The Spanish name of <paramref name="alpha2"/>, or null when there is none that reads back as the same code.</summary>
    public static string? Of(string alpha2) =>
        Countries.NameIn(alpha2, "es") is { } name && Countries.TryNormalize(name, out var back) && back == alpha2 ? name : null;
}
