using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.EC.Rendering;

/// <summary>
/// The canonical fields a SIAF solicitud has a place for (README, "Rendering"). Everything else a request holds is
/// reported as <c>render.not-carried</c> by the render scope, so a field nobody declared is never dropped silently;
/// where a place exists but a value cannot be written there, the writers warn themselves.
/// </summary>
internal static class SiafCarriedPaths
{
    /// <summary>The export as a clerk names it, for messages.</summary>
    public const string FormatName = "the SIAF export";

    public static CarriedPaths Requests { get; } = new(
        "/requestId", "/kind", "/issuedOn", "/createdAt", "/language",
        "/issuingAuthority/country", "/issuingAuthority/nationalSystem", "/issuingAuthority/caseReference", "/issuingAuthority/requestReference",
        "/issuingAuthority/name", "/issuingAuthority/unit", "/issuingAuthority/officer/name", "/issuingAuthority/officer/role",
        "/requestedAuthority/country", "/requestedAuthority/name",
        "/urgency/level", "/urgency/reason", "/urgency/deadlines/0/kind", "/urgency/deadlines/0/by",
        "/confidentiality/confidential", "/confidentiality/reason",
        "/facts/summary", "/facts/place", "/facts/period/start", "/facts/period/end",
        "/offences/*/nationalCode", "/offences/*/iccsCode", "/offences/*/legalProvision", "/offences/*/nationalWording",
        "/persons/*/ref", "/persons/*/role", "/persons/*/fullName", "/persons/*/givenNames", "/persons/*/familyNames",
        "/persons/*/birthDate", "/persons/*/placeOfBirth/place", "/persons/*/placeOfBirth/country", "/persons/*/aliases",
        "/persons/*/sex", "/persons/*/nationalities",
        "/persons/*/identityDocuments/*/type", "/persons/*/identityDocuments/*/nationalType", "/persons/*/identityDocuments/*/number",
        "/persons/*/identityDocuments/*/issuingCountry", "/persons/*/identityDocuments/*/checkDigit",
        "/persons/*/addresses/0/text", "/persons/*/addresses/0/city", "/persons/*/addresses/0/country",
        "/organisations/*/ref", "/organisations/*/role", "/organisations/*/name", "/organisations/*/country",
        "/organisations/*/registrationNumbers/*/type", "/organisations/*/registrationNumbers/*/nationalType", "/organisations/*/registrationNumbers/*/number",
        "/organisations/*/registrationNumbers/*/issuingCountry", "/organisations/*/registrationNumbers/*/checkDigit",
        "/organisations/*/address/text", "/organisations/*/address/city", "/organisations/*/address/country",
        "/assets/*/ref", "/assets/*/type", "/assets/*/description", "/assets/*/value/amount", "/assets/*/value/currency",
        "/assets/*/holderRefs", "/assets/*/currentLocation",
        "/assets/*/bankAccount/bank", "/assets/*/bankAccount/accountNumber", "/assets/*/bankAccount/country",
        "/assets/*/culturalObject/objectType", "/assets/*/culturalObject/title", "/assets/*/culturalObject/maker",
        "/assets/*/culturalObject/dateOrPeriod", "/assets/*/culturalObject/materials", "/assets/*/culturalObject/measurements",
        "/assets/*/culturalObject/inscriptions", "/assets/*/culturalObject/inventoryNumber", "/assets/*/culturalObject/placeOfOrigin",
        "/assets/*/culturalObject/description", "/assets/*/culturalObject/distinguishingFeatures", "/assets/*/culturalObject/protectedStatus",
        "/measures/*/type", "/measures/*/nationalCode", "/measures/*/description", "/measures/*/purpose", "/measures/*/respondBy",
        "/measures/*/subjects/*/ref", "/measures/*/nationalOrder/issuedBy", "/measures/*/nationalOrder/authority",
        "/measures/*/nationalOrder/reference", "/measures/*/nationalOrder/date");
}
