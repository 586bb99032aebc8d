using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Support;

/// <summary>
/// Canonical responses to <see cref="SomeRequests"/>: <see cref="Full"/> fills every property of every record,
/// <see cref="Minimal"/> (an acknowledgement) only the required ones. Each call returns a fresh document.
/// </summary>
public static class SomeResponses
{
    /// <summary>The response id of <see cref="Full"/>.</summary>
    public const string FullResponseId = "0190f1a2-7c3d-7e45-8a9b-1c2d3e4f5a6b";

    /// <summary>The response id of <see cref="Minimal"/>.</summary>
    public const string MinimalResponseId = "0190e8b4-1a2b-7c3d-9e4f-5a6b7c8d9e0f";

    /// <summary>
    /// Spain's answer: the bank information obtained under a speciality limit, the seizure waiting for the Peruvian
    /// order, the telecom data refused, the hearing postponed with conditions proposed and a cost to bear.
    /// </summary>
    public static CooperationResponse Full() => new()
    {
        ResponseId = FullResponseId,
        InResponseTo = SomeRequests.RequestId,
        Status = ResponseStatus.PartiallyExecuted,
        CreatedAt = new DateTimeOffset(2024, 4, 9, 12, 0, 0, TimeSpan.FromHours(2)),
        RespondingAuthority = new Authority
        {
            Country = "ES",
            Name = "Fiscalía General del Estado",
            Unit = "Unidad de Cooperación Internacional",
            Officer = new Officer { Name = "Ana Belén Ruiz Soler", Role = "Fiscal de Sala" },
            Contact = new Contact { Email = "cooperacion.internacional@fiscal.es", Phone = "+34 91 335 2100" },
        },
        Message = "Se remite la información bancaria. La incautación requiere resolución judicial previa.",
        CaseReference = "CRI-2024-00871",
        Results =
        [
            new ResponseResult
            {
                MeasureIndex = 0,
                Status = ResponseStatus.Executed,
                Summary = "Extractos de la cuenta desde el 01/01/2023, certificados por la entidad.",
                AttachmentFileNames = ["extracto-cuenta.pdf"],
            },
            new ResponseResult
            {
                MeasureIndex = 1,
                Status = ResponseStatus.InformationNeeded,
                Summary = "Se necesita copia de la resolución peruana que ordena la incautación.",
                InformationNeeded = [new InformationNeeded { Description = "Copia certificada de la resolución que ordena la incautación.", By = new DateOnly(2024, 5, 15) }],
                ForwardedTo = new Authority { Country = "ES", Name = "Juzgado Central de Instrucción n.º 5" },
            },
            new ResponseResult
            {
                MeasureIndex = 2,
                Status = ResponseStatus.Refused,
                Summary = "No consta autorización judicial española para los datos de tráfico.",
                RefusalGrounds = [new RefusalGround { Code = RefusalGroundCode.DomesticLawProhibits, Explanation = "La cesión de datos de tráfico requiere autorización judicial (Ley 25/2007)." }],
                SubstituteMeasure = MeasureType.TelecomSubscriber,
            },
            new ResponseResult
            {
                MeasureIndex = 3,
                Status = ResponseStatus.Postponed,
                Summary = "La declaración se aplaza hasta que concluya una diligencia española en curso.",
                PostponedUntil = new DateOnly(2024, 9, 30),
                Conditions = ["La declaración se practicará en presencia del letrado del investigado."],
                Costs = new ExecutionCosts { Amount = new MonetaryAmount { Amount = "1200.00", Currency = "EUR" }, Extraordinary = true, Description = "Intérprete de quechua y sala de videoconferencia." },
            },
        ],
        UseLimitations =
        [
            new UseLimitation { Kind = UseLimitationKind.Speciality, Text = "Solo para el proceso 2506015500-2024-45-0." },
            new UseLimitation { Kind = UseLimitationKind.Confidentiality, Text = "Los extractos no se harán públicos." },
        ],
        Attachments =
        [
            new Attachment
            {
                FileName = "extracto-cuenta.pdf",
                MediaType = "application/pdf",
                Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                Size = 183_554,
                DocumentType = AttachmentType.Evidence,
                Language = "es",
                Obtained = new Obtained { On = new DateOnly(2024, 4, 2), By = "CaixaBank, S.A." },
                CopyKind = CopyKind.CertifiedCopy,
                SealNumber = "UCI-2024-118",
                ChainOfCustody = [new CustodyEvent { On = new DateOnly(2024, 4, 2), Holder = "Unidad de Cooperación Internacional", Action = "recibido de la entidad" }],
                ReturnBy = new DateOnly(2025, 4, 9),
            },
            new Attachment
            {
                FileName = "extracto-cuenta.en.pdf",
                MediaType = "application/pdf",
                Sha256 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                Size = 176_020,
                DocumentType = AttachmentType.Translation,
                Language = "en",
                TranslationOf = "extracto-cuenta.pdf",
                CopyKind = CopyKind.PlainCopy,
            },
        ],
        Language = "es",
    };

    /// <summary>An acknowledgement with only the required properties.</summary>
    public static CooperationResponse Minimal() => new()
    {
        ResponseId = MinimalResponseId,
        InResponseTo = SomeRequests.RequestId,
        Status = ResponseStatus.Acknowledged,
        CreatedAt = new DateTimeOffset(2024, 3, 18, 9, 0, 0, TimeSpan.Zero),
        RespondingAuthority = new Authority { Country = "ES" },
        Language = "es",
    };
}
