namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// The canonical code list of investigative measures. National measure codes map onto it through each adapter's code
/// list. A hearing by videoconference is a <see cref="WitnessHearing"/> or <see cref="SuspectHearing"/> with
/// <see cref="HearingModality.Videoconference"/>; the presence of requesting officials is an
/// <see cref="ExecutionConditions"/>, not a measure.
/// </summary>
public enum MeasureType
{
    /// <summary>Bank account information (EIO Directive art. 26).</summary>
    BankInformation,
    /// <summary>Monitoring of banking operations (EIO Directive art. 28(1)(a)).</summary>
    BankingOperationsMonitoring,
    /// <summary>Identification of a telephone or internet subscriber.</summary>
    TelecomSubscriber,
    /// <summary>Traffic and location data.</summary>
    TelecomTrafficData,
    /// <summary>Expedited preservation of stored computer data (Budapest Convention art. 29).</summary>
    DataPreservation,
    /// <summary>Production of stored content: e-mails, messages, files (Budapest Convention art. 31).</summary>
    StoredContentProduction,
    /// <summary>Interception of communications (of computer data: Budapest Convention art. 34).</summary>
    Interception,
    /// <summary>Hearing of a witness, victim or expert.</summary>
    WitnessHearing,
    /// <summary>Hearing of a suspect or accused person.</summary>
    SuspectHearing,
    /// <summary>Temporary transfer of a person in custody (UNCAC art. 46(10); UNTOC art. 18(10)).</summary>
    TemporaryTransferOfDetainedPerson,
    /// <summary>Locating or identifying a person (UNCAC art. 48(1)(b)(i); Budapest Convention art. 35(1)(c)).</summary>
    LocationOfPersons,
    /// <summary>Expert opinion.</summary>
    ExpertOpinion,
    /// <summary>Examining objects and sites (UNCAC art. 46(3)(d)).</summary>
    Inspection,
    /// <summary>Search and seizure.</summary>
    SearchAndSeizure,
    /// <summary>Identifying or tracing proceeds of crime and property (UNCAC art. 46(3)(g)).</summary>
    AssetTracing,
    /// <summary>Freezing of assets.</summary>
    AssetFreezing,
    /// <summary>Confiscation of assets.</summary>
    AssetConfiscation,
    /// <summary>Return of confiscated assets (UNCAC art. 57).</summary>
    AssetReturn,
    /// <summary>Production of documents.</summary>
    DocumentProduction,
    /// <summary>Company registry information.</summary>
    CompanyRegistry,
    /// <summary>Land or property registry information.</summary>
    PropertyRegistry,
    /// <summary>Vehicle registry information.</summary>
    VehicleRegistry,
    /// <summary>Migration (entry and exit) records.</summary>
    MigrationRecords,
    /// <summary>Criminal records.</summary>
    CriminalRecords,
    /// <summary>Locating a cultural object.</summary>
    CulturalPropertyLocation,
    /// <summary>Seizing a cultural object.</summary>
    CulturalPropertySeizure,
    /// <summary>Returning a cultural object to its country of origin.</summary>
    CulturalPropertyReturn,
    /// <summary>Service of documents.</summary>
    ServiceOfDocuments,
    /// <summary>Controlled delivery.</summary>
    ControlledDelivery,
    /// <summary>Setting up a joint investigation team.</summary>
    JointInvestigationTeam,
    /// <summary>Anything else; the description says what.</summary>
    Other,
}
