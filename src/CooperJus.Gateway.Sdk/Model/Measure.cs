namespace CooperJus.Gateway.Sdk.Model;

/// <summary>An investigative measure requested, with its purpose, its subjects and its typed particulars.</summary>
public sealed record Measure
{
    /// <summary>Canonical measure type.</summary>
    public required MeasureType Type { get; init; }

    /// <summary>The national measure code as written (<c>INFORMACION_BANCARIA</c>).</summary>
    public string? NationalCode { get; init; }

    /// <summary>What exactly is sought.</summary>
    public string? Description { get; init; }

    /// <summary>Why the evidence or information is needed (UNCAC art. 46(15)(f)); the gateway requires it for coercive measures.</summary>
    public string? Purpose { get; init; }

    /// <summary>
    /// The persons, organisations and assets the measure concerns, each by its ref and in a capacity. Only those the
    /// national record links to the measure: a victim is never the subject of a bank measure because it is a party.
    /// </summary>
    public IReadOnlyList<MeasureSubject> Subjects { get; init; } = [];

    /// <summary>Particulars of a banking measure.</summary>
    public BankingParticulars? Banking { get; init; }

    /// <summary>Particulars of a telecommunications measure.</summary>
    public TelecomParticulars? Telecom { get; init; }

    /// <summary>Particulars of a hearing.</summary>
    public HearingParticulars? Hearing { get; init; }

    /// <summary>The national order (court or prosecutor) behind a coercive measure.</summary>
    public NationalOrder? NationalOrder { get; init; }

    /// <summary>Formalities or procedures the requesting State wishes followed (UNCAC art. 46(15)(d) and (17)).</summary>
    public string? Formalities { get; init; }

    /// <summary>A deadline for this measure alone.</summary>
    public DateOnly? RespondBy { get; init; }
}
