using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>
/// The code lists of the response export, loaded and checked once when the adapter is created (a mistyped canonical
/// code stops the adapter with the file and line), beside the request lists it shares (<c>measures</c>,
/// <c>yes-no</c>, <c>languages</c>).
/// </summary>
internal sealed class SgfResponseCodeLists
{
    public SgfResponseCodeLists(CodeListSource source, SgfCodeLists requestLists)
    {
        Statuses = source.Load("response-statuses");
        RefusalGrounds = source.Load("refusal-grounds");
        UseLimitations = source.Load("use-limitations");
        AttachmentTypes = source.Load("attachment-types");
        CopyKinds = source.Load("copy-kinds");
        Statuses.RequireCodes<ResponseStatus>("status");
        RefusalGrounds.RequireCodes<RefusalGroundCode>("ground");
        UseLimitations.RequireCodes<UseLimitationKind>("kind");
        AttachmentTypes.RequireCodes<AttachmentType>("type");
        CopyKinds.RequireCodes<CopyKind>("copy");
        Requests = requestLists;
    }

    /// <summary>ESTADO, ESTADO_DILIGENCIA → <c>status</c>.</summary>
    public CodeList Statuses { get; }

    /// <summary>CAUSALES_DENEGACION codes → <c>ground</c>.</summary>
    public CodeList RefusalGrounds { get; }

    /// <summary>LIMITACIONES_USO codes → <c>kind</c>.</summary>
    public CodeList UseLimitations { get; }

    /// <summary>TIPO_DOCUMENTO → <c>type</c>.</summary>
    public CodeList AttachmentTypes { get; }

    /// <summary>TIPO_COPIA → <c>copy</c>.</summary>
    public CodeList CopyKinds { get; }

    /// <summary>The request export's lists: DILIGENCIA_SUSTITUTA is a <c>measures</c> code, COSTO_EXTRAORDINARIO a <c>yes-no</c>, IDIOMA_DOCUMENTO a <c>languages</c> name.</summary>
    public SgfCodeLists Requests { get; }
}
