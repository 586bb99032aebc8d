using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>
/// The canonical fields the SGF CSV has a column for (README, "Rendering"). Everything else in a request is reported
/// as <c>render.not-carried</c> by the render scope; where a column exists but a value cannot be written there (a
/// code the lists do not have, a second deadline), the writers warn themselves.
/// </summary>
internal static class SgfCarriedPaths
{
    /// <summary>The SGF CSV as a clerk names it, for messages.</summary>
    public const string FormatName = "the SGF CSV";

    public static CarriedPaths Carried { get; } = new(
        // NRO_SOLICITUD, or ID_PASARELA when the id is not the one the number gives.
        "/requestId", "/issuingAuthority/requestReference",
        // SGF gives no creation time: reading takes the time of reading, which is what createdAt means for SGF.
        "/createdAt",
        "/kind", "/language", "/issuedOn",
        "/issuingAuthority/caseReference", "/issuingAuthority/name", "/issuingAuthority/officer/name",
        "/issuingAuthority/contact/email", "/issuingAuthority/contact/phone", "/issuingAuthority/country", "/issuingAuthority/nationalSystem",
        "/requestedAuthority/country", "/requestedAuthority/name",
        "/legalBasis/*/instrument", "/legalBasis/*/parties",
        "/urgency/level", "/urgency/grounds", "/urgency/reason", "/urgency/deadlines/*/kind", "/urgency/deadlines/*/by",
        "/confidentiality/confidential",
        "/offences/*/nationalCode", "/offences/*/nationalWording", "/offences/*/maximumPenalty", "/offences/*/iccsCode", "/offences/*/legalProvision",
        "/facts/summary", "/facts/period",
        "/persons/*/ref", "/persons/*/role", "/persons/*/fullName", "/persons/*/givenNames", "/persons/*/familyNames",
        "/persons/*/birthDate", "/persons/*/nationalities/0", "/persons/*/addresses/0/text", "/persons/*/sex",
        "/persons/*/placeOfBirth/place", "/persons/*/interpreterNeeded", "/persons/*/minor", "/persons/*/custody",
        "/persons/*/languages", "/persons/*/identityDocuments",
        "/organisations/*/ref", "/organisations/*/role", "/organisations/*/name", "/organisations/*/country",
        "/organisations/*/address/text", "/organisations/*/registrationNumbers", "/organisations/*/liability",
        "/assets/*/ref", "/assets/*/type", "/assets/*/value",
        "/assets/*/culturalObject/objectType", "/assets/*/culturalObject/description", "/assets/*/culturalObject/materials",
        "/assets/*/culturalObject/measurements", "/assets/*/culturalObject/dateOrPeriod", "/assets/*/culturalObject/maker",
        "/assets/*/culturalObject/inscriptions", "/assets/*/culturalObject/distinguishingFeatures",
        "/assets/*/culturalObject/inventoryNumber", "/assets/*/culturalObject/registerReferences",
        "/assets/*/culturalObject/incident/type", "/assets/*/culturalObject/incident/date", "/assets/*/culturalObject/incident/place",
        "/assets/*/culturalObject/incident/siteType", "/assets/*/culturalObject/protectedStatus",
        "/measures/*/type", "/measures/*/nationalCode", "/measures/*/subjects", "/measures/*/description", "/measures/*/purpose",
        "/measures/*/nationalOrder/issuedBy", "/measures/*/nationalOrder/authority", "/measures/*/nationalOrder/reference",
        "/measures/*/nationalOrder/date", "/measures/*/hearing/capacity", "/measures/*/hearing/modality");
}
