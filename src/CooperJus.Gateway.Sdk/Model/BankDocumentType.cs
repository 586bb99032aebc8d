namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A kind of bank record sought (UNCAC art. 46(3)(f) names bank and financial records).</summary>
public enum BankDocumentType
{
    /// <summary>Account-opening file and know-your-customer records.</summary>
    AccountOpening,
    /// <summary>Statements of account.</summary>
    Statements,
    /// <summary>Persons authorised to operate the account.</summary>
    AuthorisedSignatories,
    /// <summary>Transfers in and out, with counterparties.</summary>
    Transfers,
    /// <summary>Card records.</summary>
    Cards,
    /// <summary>Safe-deposit boxes.</summary>
    SafeDepositBoxes,
    /// <summary>Beneficial owners.</summary>
    BeneficialOwners,
    /// <summary>Anything else; the measure's description says what.</summary>
    Other,
}
