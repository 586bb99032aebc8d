using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>diligencias</c> through <c>measures.csv</c>: each with its purpose, its subjects (<c>alvos</c>: ids of
/// envolvidos, empresas or bens, each in the capacity <c>subject-capacities.csv</c> gives its kind in that measure;
/// core validation checks they exist), its particulars and the national order behind it. Also decides the kind.
/// </summary>
internal static class MeasureMapping
{
    /// <summary>Conversion name of a suspect hearing decided by the role of the first alvo of a videoconference code.</summary>
    public const string HearingFromAlvo = "hearing-from-alvo-role";

    private static readonly MeasureType[] AssetRecoveryMeasures = [MeasureType.AssetFreezing, MeasureType.AssetConfiscation];

    public static IReadOnlyList<Measure> Measures(PedidoContext context, JsonObjectView pedido, IReadOnlyList<Person> persons, List<SourceLocation> assetRecoverySources)
    {
        var result = new List<Measure>();
        foreach (var diligencia in pedido.Objects("diligencias", "/measures"))
        {
            var path = CanonicalPaths.Item("/measures", result.Count);
            var typePath = CanonicalPaths.Join(path, "/type");
            var at = context.RequiredString(diligencia, "tipo", typePath);
            // Found without lineage first: the type's lineage depends on the alvos when the code is a videoconference.
            var entry = at is null ? null : context.Lists.Measures.Find(at.Value) ?? context.Scope.Lookup(typePath, at, context.Lists.Measures);
            var type = BrazilCodeLists.Canonical<MeasureType>(entry, BrazilCodeLists.MeasureColumn);
            var codeModality = BrazilCodeLists.Canonical<HearingModality>(entry, BrazilCodeLists.ModalityColumn);
            var description = context.Text(diligencia, "descricao", CanonicalPaths.Join(path, "/description"));
            var purpose = context.Text(diligencia, "finalidade", CanonicalPaths.Join(path, "/purpose"));
            var alvos = diligencia.Strings("alvos", CanonicalPaths.Join(path, "/subjects"));
            if (type == MeasureType.WitnessHearing && codeModality is not null && FirstAlvoIsCharged(alvos, persons) is { } alvo)
            {
                // A videoconference code says how, not whom: a suspect heard by videoconference is a suspect hearing (as the v1 upgrade decides).
                type = MeasureType.SuspectHearing;
                context.Scope.Map(typePath, HearingFromAlvo, at!, alvo);
            }
            else if (type is not null)
            {
                context.Scope.Map(typePath, context.Lists.Measures.ConversionName, at!);
            }
            IReadOnlyList<MeasureSubject> subjects = type is null ? [] : Subjects(context, alvos, type.Value, at!, CanonicalPaths.Join(path, "/subjects"));
            var banking = Banking(context, diligencia, CanonicalPaths.Join(path, "/banking"));
            var telecom = Telecom(context, diligencia, CanonicalPaths.Join(path, "/telecom"));
            var hearing = Hearing(context, diligencia, codeModality, at, CanonicalPaths.Join(path, "/hearing"));
            var order = NationalOrder(context, diligencia, CanonicalPaths.Join(path, "/nationalOrder"));
            var formalities = context.Text(diligencia, "formalidades", CanonicalPaths.Join(path, "/formalities"));
            var respondBy = context.Date(diligencia, "prazo", CanonicalPaths.Join(path, "/respondBy"));
            if (type is null) continue;
            if (AssetRecoveryMeasures.Contains(type.Value)) assetRecoverySources.Add(at!);
            result.Add(new Measure
            {
                Type = type.Value,
                NationalCode = context.Scope.Text(CanonicalPaths.Join(path, "/nationalCode"), at!),
                Description = description,
                Purpose = purpose,
                Subjects = subjects,
                Banking = banking,
                Telecom = telecom,
                Hearing = hearing,
                NationalOrder = order,
                Formalities = formalities,
                RespondBy = respondBy,
            });
        }
        return result;
    }

    /// <summary>
    /// A pedido that asks to freeze or confiscate assets is an asset-recovery request (it goes to the requested
    /// State's asset recovery office); any other is mutual legal assistance.
    /// </summary>
    public static RequestKind Kind(PedidoContext context, IReadOnlyList<SourceLocation> assetRecoverySources)
    {
        if (assetRecoverySources.Count == 0)
        {
            context.Scope.Map("/kind", "adapter-default");
            return RequestKind.MutualLegalAssistance;
        }
        context.Scope.Map("/kind", "kind-from-measures", [.. assetRecoverySources]);
        return RequestKind.AssetRecovery;
    }

    /// <summary>The first alvo, when it is an envolvido under investigation or charged.</summary>
    private static SourceLocation? FirstAlvoIsCharged(List<SourceLocation> alvos, IReadOnlyList<Person> persons)
    {
        var first = alvos.Find(a => !string.IsNullOrWhiteSpace(a.Value));
        if (first is null) return null;
        var id = first.Value!.Trim();
        foreach (var person in persons)
        {
            if (person.Ref == id) return person.Role is PersonRole.Suspect or PersonRole.Accused ? first : null;
        }
        return null;
    }

    /// <summary>
    /// Each alvo as a subject: its ref as written, and the capacity its kind has in a measure of <paramref name="type"/>.
    /// An alvo that names nothing in the pedido keeps its ref (core validation reports it) and gets no capacity.
    /// </summary>
    private static List<MeasureSubject> Subjects(PedidoContext context, List<SourceLocation> alvos, MeasureType type, SourceLocation tipo, string path)
    {
        var subjects = new List<MeasureSubject>(alvos.Count);
        foreach (var alvo in alvos)
        {
            if (string.IsNullOrWhiteSpace(alvo.Value)) continue;
            var itemPath = CanonicalPaths.Item(path, subjects.Count);
            var id = alvo.Value.Trim();
            context.Scope.Map(CanonicalPaths.Join(itemPath, "/ref"), "copy", alvo);
            var capacity = context.KindOf(id) is { } kind ? context.Lists.Capacity(type, kind) : null;
            if (capacity is not null) context.Scope.Map(CanonicalPaths.Join(itemPath, "/capacity"), context.Lists.SubjectCapacities.ConversionName, tipo, alvo);
            subjects.Add(new MeasureSubject { Ref = id, Capacity = capacity });
        }
        return subjects;
    }

    /// <summary><c>bancario</c> {<c>contas</c> [bem ids], <c>periodo</c>, <c>documentos</c> [codes]}.</summary>
    private static BankingParticulars? Banking(PedidoContext context, JsonObjectView diligencia, string path)
    {
        var bancario = diligencia.Object("bancario", path);
        if (bancario is null) return null;
        return new BankingParticulars
        {
            AccountRefs = bancario.Has("contas") ? context.CopyStrings(bancario, "contas", CanonicalPaths.Join(path, "/accountRefs")) : [],
            Period = Periods.Read(context, bancario, "periodo", CanonicalPaths.Join(path, "/period")),
            DocumentTypes = context.CodedList<BankDocumentType>(bancario, "documentos", CanonicalPaths.Join(path, "/documentTypes"), context.Lists.BankDocuments, BrazilCodeLists.DocumentColumn),
        };
    }

    /// <summary><c>telefonia</c> {<c>identificadores</c> [{<c>tipo</c>, <c>valor</c>}], <c>periodo</c>}.</summary>
    private static TelecomParticulars? Telecom(PedidoContext context, JsonObjectView diligencia, string path)
    {
        var telefonia = diligencia.Object("telefonia", path);
        if (telefonia is null) return null;
        var identifiers = new List<TelecomIdentifier>();
        var listPath = CanonicalPaths.Join(path, "/identifiers");
        foreach (var identificador in telefonia.Objects("identificadores", listPath))
        {
            var itemPath = CanonicalPaths.Item(listPath, identifiers.Count);
            var typePath = CanonicalPaths.Join(itemPath, "/type");
            var typeAt = context.RequiredString(identificador, "tipo", typePath);
            var type = typeAt is null ? null : BrazilCodeLists.Canonical<TelecomIdentifierType>(context.Scope.Lookup(typePath, typeAt, context.Lists.TelecomIdentifiers), BrazilCodeLists.IdentifierColumn);
            var value = context.Text(identificador, "valor", CanonicalPaths.Join(itemPath, "/value"), required: true);
            if (type is not null && value is not null) identifiers.Add(new TelecomIdentifier { Type = type.Value, Value = value });
        }
        return new TelecomParticulars { Identifiers = identifiers, Period = Periods.Read(context, telefonia, "periodo", CanonicalPaths.Join(path, "/period")) };
    }

    /// <summary>
    /// <c>oitiva</c> {<c>modalidade</c>, <c>perguntas</c>, <c>compromisso</c>, <c>consentimento</c>}; a code that says
    /// the modality (OITIVA_VIDEOCONFERENCIA) gives it without an oitiva, and an oitiva saying another is an error.
    /// </summary>
    private static HearingParticulars? Hearing(PedidoContext context, JsonObjectView diligencia, HearingModality? codeModality, SourceLocation? tipo, string path)
    {
        var oitiva = diligencia.Object("oitiva", path);
        if (oitiva is null && codeModality is null) return null;
        var modalityPath = CanonicalPaths.Join(path, "/modality");
        if (oitiva is null)
        {
            context.Scope.Map(modalityPath, context.Lists.Measures.ConversionName, tipo!);
            return new HearingParticulars { Modality = codeModality };
        }
        var modalityAt = oitiva.String("modalidade", modalityPath);
        var modality = codeModality;
        if (modalityAt is not null && !string.IsNullOrWhiteSpace(modalityAt.Value))
        {
            modality = BrazilCodeLists.Canonical<HearingModality>(context.Scope.Lookup(modalityPath, modalityAt, context.Lists.HearingModalities), BrazilCodeLists.ModalityColumn);
            if (codeModality is not null && modality is not null && modality != codeModality)
                context.Scope.Error("br.hearing-modality-conflict", $"The diligência's tipo '{tipo!.Value}' says how the hearing is held; oitiva.modalidade '{modalityAt.Value}' says otherwise.", modalityAt, modalityPath);
        }
        else if (codeModality is not null)
        {
            context.Scope.Map(modalityPath, context.Lists.Measures.ConversionName, tipo!);
        }
        return new HearingParticulars
        {
            Modality = modality,
            Questions = oitiva.Has("perguntas") ? context.CopyStrings(oitiva, "perguntas", CanonicalPaths.Join(path, "/questions")) : [],
            UnderOath = context.Flag(oitiva, "compromisso", CanonicalPaths.Join(path, "/underOath")),
            SuspectConsent = context.Flag(oitiva, "consentimento", CanonicalPaths.Join(path, "/suspectConsent")),
        };
    }

    /// <summary><c>ordem</c> {<c>tipo</c> (required), <c>orgao</c>, <c>numero</c>, <c>data</c>, <c>anexo</c> (an anexo's arquivo)}: the decision behind the diligência.</summary>
    private static NationalOrder? NationalOrder(PedidoContext context, JsonObjectView diligencia, string path)
    {
        var ordem = diligencia.Object("ordem", path);
        if (ordem is null) return null;
        var issuerPath = CanonicalPaths.Join(path, "/issuedBy");
        var issuerAt = context.RequiredString(ordem, "tipo", issuerPath);
        var issuer = issuerAt is null ? null : BrazilCodeLists.Canonical<OrderIssuer>(context.Scope.Lookup(issuerPath, issuerAt, context.Lists.OrderIssuers), BrazilCodeLists.IssuerColumn);
        var authority = context.Text(ordem, "orgao", CanonicalPaths.Join(path, "/authority"));
        var reference = context.Text(ordem, "numero", CanonicalPaths.Join(path, "/reference"));
        var date = context.Date(ordem, "data", CanonicalPaths.Join(path, "/date"));
        var attachment = context.Text(ordem, "anexo", CanonicalPaths.Join(path, "/attachmentFileName"));
        return issuer is null ? null : new NationalOrder { IssuedBy = issuer.Value, Authority = authority, Reference = reference, Date = date, AttachmentFileName = attachment };
    }
}
