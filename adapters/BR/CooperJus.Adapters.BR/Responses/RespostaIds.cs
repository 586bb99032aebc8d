using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>
/// <c>idResposta</c> is a canonical response id (a UUID, as the gateway writes it back) or the Sistema Único's own
/// number, from which a stable id is derived; <c>idPedidoCanonico</c> must be the canonical id of the request answered.
/// </summary>
internal static partial class RespostaIds
{
    /// <summary>The national system named in a derived id, so a resposta number never yields a pedido's id.</summary>
    public const string DerivedSystem = "UNICO-RESPOSTA";

    public const string DerivedConversion = "response-id";

    public const string LowercaseConversion = "lowercase";

    /// <summary>The id in lowercase when <paramref name="text"/> is a UUID in the 8-4-4-4-12 form, in either case.</summary>
    public static string? Uuid(string text) => UuidPattern().IsMatch(text) ? text.ToLowerInvariant() : null;

    public static string FromNumber(string number) => RequestIds.FromNationalReference("BR", DerivedSystem, number);

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();
}
