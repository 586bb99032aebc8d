using CooperJus.Gateway.Sdk.Reading;
using System.Globalization;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>anexos</c>: what the export says of each document sent with the pedido (the files travel beside it). The hash
/// is written in either case by exporting systems and is carried in lowercase. Whether a file name another property
/// points at (<c>traducaoDe</c>, a diligência's <c>ordem.anexo</c>) is one of the anexos is the core's to check
/// (<c>attachment.unknown-file</c>), as it checks alvos.
/// </summary>
internal static class AttachmentMapping
{
    /// <summary>Conversion name of a SHA-256 carried in lowercase.</summary>
    public const string HashConversion = "hex-lowercase";

    public static IReadOnlyList<Attachment> Attachments(PedidoContext context, JsonObjectView pedido)
    {
        if (!pedido.Has("anexos")) return [];
        var anexos = pedido.Objects("anexos", "/attachments");
        if (anexos.Count == 0) return [];
        var result = new List<Attachment>(anexos.Count);
        foreach (var anexo in anexos)
        {
            if (Attachment(context, anexo, CanonicalPaths.Item("/attachments", result.Count)) is { } attachment) result.Add(attachment);
        }
        return result;
    }

    private static Attachment? Attachment(PedidoContext context, JsonObjectView anexo, string path)
    {
        var fileName = context.Text(anexo, "arquivo", CanonicalPaths.Join(path, "/fileName"), required: true);
        var mediaType = context.Text(anexo, "tipoMidia", CanonicalPaths.Join(path, "/mediaType"), required: true);
        var sha256 = Hash(context, anexo, CanonicalPaths.Join(path, "/sha256"));
        var size = Size(context, anexo, CanonicalPaths.Join(path, "/size"));
        var type = context.Coded<AttachmentType>(anexo, "tipo", CanonicalPaths.Join(path, "/documentType"), context.Lists.AttachmentTypes, BrazilCodeLists.TypeColumn);
        var language = context.Coded(anexo, "idioma", CanonicalPaths.Join(path, "/language"), context.Lists.Languages, BrazilCodeLists.LanguageColumn);
        var translationOf = context.Text(anexo, "traducaoDe", CanonicalPaths.Join(path, "/translationOf"));
        var obtainedOn = context.Date(anexo, "obtidoEm", CanonicalPaths.Join(path, "/obtained/on"));
        var obtainedBy = context.Text(anexo, "obtidoPor", CanonicalPaths.Join(path, "/obtained/by"));
        var copyKind = context.Coded<CopyKind>(anexo, "via", CanonicalPaths.Join(path, "/copyKind"), context.Lists.CopyKinds, BrazilCodeLists.CopyColumn);
        var seal = context.Text(anexo, "lacre", CanonicalPaths.Join(path, "/sealNumber"));
        var custody = ChainOfCustody(context, anexo, CanonicalPaths.Join(path, "/chainOfCustody"));
        var returnBy = context.Date(anexo, "devolverAte", CanonicalPaths.Join(path, "/returnBy"));
        if (fileName is null || mediaType is null || sha256 is null || size is null) return null;
        return new Attachment
        {
            FileName = fileName,
            MediaType = mediaType,
            Sha256 = sha256,
            Size = size.Value,
            DocumentType = type,
            Language = language,
            TranslationOf = translationOf,
            Obtained = obtainedOn is null && obtainedBy is null ? null : new Obtained { On = obtainedOn, By = obtainedBy },
            CopyKind = copyKind,
            SealNumber = seal,
            ChainOfCustody = custody,
            ReturnBy = returnBy,
        };
    }

    /// <summary><c>sha256</c> (required): 64 hexadecimal digits in either case, carried in lowercase; anything else is <c>br.attachment-hash</c>.</summary>
    private static string? Hash(PedidoContext context, JsonObjectView anexo, string path)
    {
        var at = context.RequiredString(anexo, "sha256", path);
        if (at is null) return null;
        var hash = at.Value!.Trim();
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            context.Scope.Error("br.attachment-hash", $"sha256 '{at.Value}' is not 64 hexadecimal digits.", at, path);
            return null;
        }
        context.Scope.Map(path, HashConversion, at);
        return hash.ToLowerInvariant();
    }

    /// <summary><c>tamanho</c> (required): the size in bytes, a whole number not below zero; anything else is <c>json.type</c>.</summary>
    private static long? Size(PedidoContext context, JsonObjectView anexo, string path)
    {
        var at = anexo.Number("tamanho", path);
        if (at is null)
        {
            if (!anexo.Has("tamanho")) context.Scope.Error("required", "tamanho is required.", anexo.At("tamanho"), path);
            return null;
        }
        if (!long.TryParse(at.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            context.Scope.Error("json.type", $"tamanho must be a whole number of bytes, not {at.Value}.", at, path);
            return null;
        }
        context.Scope.Map(path, "copy", at);
        return size;
    }

    /// <summary><c>cadeiaCustodia</c> [{<c>data</c> (required), <c>responsavel</c> (required), <c>acao</c>}], in order.</summary>
    private static IReadOnlyList<CustodyEvent> ChainOfCustody(PedidoContext context, JsonObjectView anexo, string path)
    {
        if (!anexo.Has("cadeiaCustodia")) return [];
        var links = anexo.Objects("cadeiaCustodia", path);
        if (links.Count == 0) return [];
        var result = new List<CustodyEvent>(links.Count);
        foreach (var link in links)
        {
            var itemPath = CanonicalPaths.Item(path, result.Count);
            var dateAt = context.RequiredString(link, "data", CanonicalPaths.Join(itemPath, "/on"));
            var date = dateAt is null ? null : context.Scope.IsoDate(CanonicalPaths.Join(itemPath, "/on"), dateAt);
            var holder = context.Text(link, "responsavel", CanonicalPaths.Join(itemPath, "/holder"), required: true);
            var action = context.Text(link, "acao", CanonicalPaths.Join(itemPath, "/action"));
            if (date is not null && holder is not null) result.Add(new CustodyEvent { On = date.Value, Holder = holder, Action = action });
        }
        return result;
    }
}
