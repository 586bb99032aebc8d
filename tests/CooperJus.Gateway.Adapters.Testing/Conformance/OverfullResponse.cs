using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>
/// A response with every canonical field filled, more than a national format is likely to hold: rendering it must
/// report, by canonical path, whatever does not read back the same (the response cross-country check).
/// </summary>
internal static class OverfullResponse
{
    /// <summary>A new copy of the response.</summary>
    public static CooperationResponse Create() => new()
    {
        ResponseId = "0190f1a2-7c3d-7e45-8a9b-1c2d3e4f5a6b",
        InResponseTo = "5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84",
        Status = ResponseStatus.PartiallyExecuted,
        CreatedAt = new DateTimeOffset(2024, 6, 12, 9, 30, 0, TimeSpan.FromHours(-5)),
        RespondingAuthority = new Authority
        {
            Country = "PE", Name = "Fiscalía de la Nación", Unit = "Unidad de Cooperación Judicial Internacional",
            Officer = new Officer { Name = "Rosa Quispe Mamani", Role = "Fiscal Provincial" },
            Contact = new Contact { Email = "ucjie@mpfn.gob.pe", Phone = "+51 1 625 5555" },
        },
        Message = "Se remite lo actuado.",
        CaseReference = "UCJIE 2024-117",
        Results =
        [
            new ResponseResult
            {
                MeasureIndex = 0, Status = ResponseStatus.Executed, Summary = "Se obtuvo la información bancaria.",
                Costs = new ExecutionCosts { Amount = new MonetaryAmount { Amount = "1500.00", Currency = "PEN" }, Extraordinary = true, Description = "Peritaje contable" },
                AttachmentFileNames = ["informe.pdf"],
            },
            new ResponseResult
            {
                MeasureIndex = 1, Status = ResponseStatus.Refused, Summary = "No procede.",
                RefusalGrounds = [new RefusalGround { Code = RefusalGroundCode.AbsenceOfDualCriminality, Explanation = "No es delito en el Perú." }],
            },
            new ResponseResult
            {
                MeasureIndex = 2, Status = ResponseStatus.Postponed, Summary = "Se aplaza.", PostponedUntil = new DateOnly(2024, 9, 30),
                Conditions = ["Con presencia del fiscal peruano."],
                InformationNeeded = [new InformationNeeded { Description = "Domicilio del testigo", By = new DateOnly(2024, 7, 15) }],
            },
            new ResponseResult
            {
                MeasureIndex = 3, Status = ResponseStatus.Forwarded, Summary = "Remitida.",
                ForwardedTo = new Authority { Country = "PE", Name = "Fiscalía Provincial de Lima", Unit = "Mesa de partes", Officer = new Officer { Name = "Juan Pérez" }, Contact = new Contact { Email = "lima@mpfn.gob.pe" } },
                SubstituteMeasure = MeasureType.DocumentProduction,
            },
        ],
        UseLimitations = [new UseLimitation { Kind = UseLimitationKind.Speciality, Text = "Sólo para el proceso indicado." }],
        Attachments =
        [
            new Attachment
            {
                FileName = "informe.pdf", MediaType = "application/pdf", Sha256 = new string('a', 64), Size = 2048,
                DocumentType = AttachmentType.Evidence, Language = "es", CopyKind = CopyKind.CertifiedCopy, SealNumber = "S-1",
            },
        ],
        Language = "es",
    };
}
