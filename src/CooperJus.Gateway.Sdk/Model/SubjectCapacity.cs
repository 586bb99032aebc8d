namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The capacity in which a measure concerns a person, organisation or asset.</summary>
public enum SubjectCapacity
{
    /// <summary>Holds the bank account whose records are sought.</summary>
    AccountHolder,
    /// <summary>To be heard (witness, suspect, victim, expert).</summary>
    PersonToHear,
    /// <summary>To be served with documents.</summary>
    PersonToServe,
    /// <summary>Occupies or owns the premises to search or inspect.</summary>
    PremisesHolder,
    /// <summary>Subscriber or user of the telephone line, device or internet account.</summary>
    LineSubscriber,
    /// <summary>The thing the measure is about: an asset to trace, freeze, seize or return; an organisation whose records are sought.</summary>
    Object,
    /// <summary>A person to locate.</summary>
    PersonToLocate,
    /// <summary>A detained person to transfer temporarily.</summary>
    PersonToTransfer,
    /// <summary>A person or organisation whose records (registry, migration, criminal) are sought.</summary>
    RecordSubject,
    /// <summary>Holds or owns the assets to trace, freeze, confiscate or return (the measure concerns what they hold).</summary>
    AssetHolder,
}
