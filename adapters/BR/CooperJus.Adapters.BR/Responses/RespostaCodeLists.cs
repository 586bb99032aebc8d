using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>
/// The code lists of the respostas export, loaded and checked once when the adapter is created, beside the pedidos'
/// lists they share (<c>measures</c>, <c>languages</c>, <c>attachment-types</c>, <c>copy-kinds</c>).
/// </summary>
internal sealed class RespostaCodeLists
{
    public const string StatusColumn = "status";
    public const string GroundColumn = "ground";
    public const string KindColumn = "kind";

    public RespostaCodeLists(CodeListSource source, BrazilCodeLists pedidoLists)
    {
        Statuses = source.Load("response-statuses");
        RefusalGrounds = source.Load("refusal-grounds");
        UseLimitations = source.Load("use-limitations");
        Statuses.RequireCodes<ResponseStatus>(StatusColumn);
        RefusalGrounds.RequireCodes<RefusalGroundCode>(GroundColumn);
        UseLimitations.RequireCodes<UseLimitationKind>(KindColumn);
        Pedidos = pedidoLists;
    }

    /// <summary>situacao → <c>status</c>.</summary>
    public CodeList Statuses { get; }

    /// <summary>motivosRecusa[].codigo → <c>ground</c>.</summary>
    public CodeList RefusalGrounds { get; }

    /// <summary>limitacoesUso[].tipo → <c>kind</c>.</summary>
    public CodeList UseLimitations { get; }

    /// <summary>The pedidos' lists.</summary>
    public BrazilCodeLists Pedidos { get; }
}
