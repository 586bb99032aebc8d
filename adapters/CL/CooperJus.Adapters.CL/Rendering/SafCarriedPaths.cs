using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>
/// The canonical fields a SAF export has an element or attribute for (README, "Rendering"). Everything else in a
/// request is reported as <c>render.not-carried</c> by the render scope; where SAF has a place but a value cannot be
/// written there (a second RUN, a foreign court number that is no RIT, a real-estate asset), the writers warn themselves.
/// </summary>
internal static class SafCarriedPaths
{
    /// <summary>The format as a clerk names it, for messages.</summary>
    public const string FormatName = "a SAF export";

    public static CarriedPaths Carried { get; } = new(
        // Solicitud/@folio, or @idPasarela when the id is not the one @folio gives.
        "/requestId", "/issuingAuthority/requestReference", "/createdAt", "/kind", "/language", "/issuedOn",
        "/issuingAuthority/country", "/issuingAuthority/caseReference", "/issuingAuthority/nationalSystem", "/issuingAuthority/name",
        "/issuingAuthority/officer/name", "/issuingAuthority/contact/email", "/issuingAuthority/contact/phone",
        "/proceedings/type", "/proceedings/nationalType", "/proceedings/court", "/proceedings/courtCaseNumber",
        "/requestedAuthority/country", "/requestedAuthority/name",
        "/legalBasis/*/instrument", "/legalBasis/*/parties", "/legalBasis/*/articles",
        "/urgency/level", "/urgency/reason", "/urgency/deadlines/*/kind", "/urgency/deadlines/*/by", "/urgency/deadlines/*/reason",
        "/confidentiality/confidential",
        "/facts/summary", "/facts/place", "/facts/period/start", "/facts/period/end",
        "/offences/*/nationalCode", "/offences/*/nationalWording", "/offences/*/iccsCode", "/offences/*/legalProvision", "/offences/*/maximumPenalty", "/offences/*/maximumCustodialMonths",
        "/persons/*/ref", "/persons/*/role", "/persons/*/fullName", "/persons/*/givenNames", "/persons/*/familyNames",
        "/persons/*/identityDocuments/*/type", "/persons/*/identityDocuments/*/nationalType", "/persons/*/identityDocuments/*/number",
        "/persons/*/identityDocuments/*/issuingCountry", "/persons/*/identityDocuments/*/checkDigit",
        "/persons/*/sex", "/persons/*/birthDate", "/persons/*/nationalities",
        "/persons/*/placeOfBirth/place", "/persons/*/placeOfBirth/country", "/persons/*/languages", "/persons/*/interpreterNeeded", "/persons/*/minor", "/persons/*/custody",
        "/persons/*/addresses/*/text", "/persons/*/addresses/*/city", "/persons/*/addresses/*/country",
        "/organisations/*/ref", "/organisations/*/role", "/organisations/*/name",
        "/organisations/*/registrationNumbers/*/type", "/organisations/*/registrationNumbers/*/nationalType",
        "/organisations/*/registrationNumbers/*/number", "/organisations/*/registrationNumbers/*/issuingCountry",
        "/organisations/*/registrationNumbers/*/checkDigit", "/organisations/*/country",
        "/organisations/*/address/text", "/organisations/*/address/city", "/organisations/*/address/country",
        "/assets/*/ref", "/assets/*/type", "/assets/*/value", "/assets/*/holderRefs",
        "/assets/*/bankAccount/bank", "/assets/*/bankAccount/accountNumber", "/assets/*/bankAccount/country",
        "/assets/*/culturalObject/objectType", "/assets/*/culturalObject/materials", "/assets/*/culturalObject/measurements",
        "/assets/*/culturalObject/description", "/assets/*/culturalObject/dateOrPeriod", "/assets/*/culturalObject/placeOfOrigin",
        "/assets/*/culturalObject/inventoryNumber", "/assets/*/culturalObject/protectedStatus",
        "/measures/*/type", "/measures/*/nationalCode", "/measures/*/description", "/measures/*/purpose", "/measures/*/subjects/*/ref", "/measures/*/subjects/*/capacity",
        "/measures/*/hearing/modality", "/measures/*/hearing/questions", "/measures/*/hearing/underOath", "/measures/*/formalities",
        "/measures/*/nationalOrder/issuedBy", "/measures/*/nationalOrder/authority", "/measures/*/nationalOrder/date", "/measures/*/nationalOrder/reference",
        "/attachments/*/fileName", "/attachments/*/mediaType", "/attachments/*/sha256", "/attachments/*/size");
}
