namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The canonical kind of an identity or registration document; the national name travels beside it.</summary>
public enum DocumentType
{
    /// <summary>National identity card or number (DNI, CPF, RUN, cédula, DUI, DPI, CI…).</summary>
    NationalId,
    /// <summary>Passport.</summary>
    Passport,
    /// <summary>Residence or foreigner identity document (CE in Peru, NIE in Spain).</summary>
    ForeignerId,
    /// <summary>Tax or company registration number (RUC, CNPJ, CIF…).</summary>
    TaxId,
    /// <summary>Any other document.</summary>
    Other,
}
