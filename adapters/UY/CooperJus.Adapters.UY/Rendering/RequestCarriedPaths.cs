using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.UY.Rendering;

/// <summary>
/// The canonical fields a SIPPAU solicitud has a place for (README, "Rendering"). Everything else a request holds is
/// reported as <c>render.not-carried</c> by the render scope; where a place exists but the value cannot be written
/// there or reads back changed, the writers warn themselves.
/// </summary>
internal static class RequestCarriedPaths
{
    public const string FormatName = "the SIPPAU export";

    public static CarriedPaths Carried { get; } = new(
        "/requestId", "/kind", "/language", "/createdAt",
        "/issuingAuthority/country", "/issuingAuthority/nationalSystem", "/issuingAuthority/requestReference",
        "/issuingAuthority/caseReference", "/issuingAuthority/name", "/issuingAuthority/officer/name", "/issuingAuthority/contact/email",
        "/requestedAuthority/country", "/requestedAuthority/name",
        "/proceedings/type", "/proceedings/court", "/proceedings/courtCaseNumber",
        "/urgency/level", "/urgency/reason", "/urgency/deadlines/0/kind", "/urgency/deadlines/0/by",
        "/confidentiality/confidential", "/confidentiality/reason",
        "/facts/summary", "/facts/place", "/facts/period/start", "/facts/period/end",
        "/offences/*/nationalCode", "/offences/*/nationalWording", "/offences/*/iccsCode", "/offences/*/legalProvision",
        "/persons/*/ref", "/persons/*/role", "/persons/*/fullName", "/persons/*/givenNames", "/persons/*/familyNames",
        "/persons/*/sex", "/persons/*/birthDate", "/persons/*/nationalities/0",
        "/persons/*/identityDocuments/0/type", "/persons/*/identityDocuments/0/nationalType", "/persons/*/identityDocuments/0/number",
        "/persons/*/identityDocuments/0/issuingCountry", "/persons/*/identityDocuments/0/checkDigit",
        "/persons/*/addresses/0/text", "/persons/*/addresses/0/city", "/persons/*/addresses/0/country",
        "/organisations/*/ref", "/organisations/*/name", "/organisations/*/role", "/organisations/*/country",
        "/organisations/*/registrationNumbers/0/type", "/organisations/*/registrationNumbers/0/nationalType",
        "/organisations/*/registrationNumbers/0/number", "/organisations/*/registrationNumbers/0/issuingCountry",
        "/organisations/*/registrationNumbers/0/checkDigit",
        "/assets/*/ref", "/assets/*/type", "/assets/*/value/amount", "/assets/*/value/currency", "/assets/*/holderRefs",
        "/assets/*/bankAccount/bank", "/assets/*/bankAccount/branch", "/assets/*/bankAccount/accountNumber", "/assets/*/bankAccount/country",
        "/assets/*/culturalObject/objectType", "/assets/*/culturalObject/title", "/assets/*/culturalObject/maker",
        "/assets/*/culturalObject/dateOrPeriod", "/assets/*/culturalObject/materials", "/assets/*/culturalObject/measurements",
        "/assets/*/culturalObject/description", "/assets/*/culturalObject/inventoryNumber", "/assets/*/culturalObject/protectedStatus",
        "/measures/*/type", "/measures/*/nationalCode", "/measures/*/description", "/measures/*/subjects/*/ref",
        "/measures/*/purpose", "/measures/*/nationalOrder/issuedBy", "/measures/*/nationalOrder/authority", "/measures/*/nationalOrder/reference",
        "/measures/*/nationalOrder/date");
}
