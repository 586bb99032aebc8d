namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The canonical code list of investigative measures. National measure codes map onto it through each adapter's code list.</summary>
public enum MeasureType
{
    /// <summary>Bank account information (EIO H3).</summary>
    BankInformation,
    /// <summary>Monitoring of banking operations (EIO H4).</summary>
    BankingOperationsMonitoring,
    /// <summary>Identification of a telephone or internet subscriber.</summary>
    TelecomSubscriber,
    /// <summary>Traffic and location data.</summary>
    TelecomTrafficData,
    /// <summary>Interception of communications (EIO H7).</summary>
    Interception,
    /// <summary>Hearing of a witness.</summary>
    WitnessHearing,
    /// <summary>Hearing of a suspect or accused person.</summary>
    SuspectHearing,
    /// <summary>Hearing by videoconference (EIO H2).</summary>
    VideoconferenceHearing,
    /// <summary>Expert opinion.</summary>
    ExpertOpinion,
    /// <summary>Search and seizure.</summary>
    SearchAndSeizure,
    /// <summary>Freezing of assets.</summary>
    AssetFreezing,
    /// <summary>Confiscation of assets.</summary>
    AssetConfiscation,
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
