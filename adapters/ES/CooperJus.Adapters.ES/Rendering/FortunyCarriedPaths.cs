using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>
/// The canonical fields a Fortuny export has an element or attribute for (README, "Rendering"). Everything else in a
/// request is reported as <c>render.not-carried</c> by the render scope; where Fortuny has a place but a value cannot
/// be written there (a code the lists do not have, a second deadline), the writers warn themselves.
/// </summary>
internal static class FortunyCarriedPaths
{
    /// <summary>The format as a clerk names it, for messages.</summary>
    public const string FormatName = "a Fortuny export";

    public static CarriedPaths Carried { get; } = new(
        // Solicitud/@referencia, or @idPasarela when the id is not the one @referencia gives.
        "/requestId", "/issuingAuthority/requestReference", "/createdAt", "/kind", "/language", "/issuedOn",
        "/issuingAuthority/caseReference", "/issuingAuthority/country", "/issuingAuthority/nationalSystem", "/issuingAuthority/name",
        "/issuingAuthority/officer/name", "/issuingAuthority/contact/email", "/issuingAuthority/contact/phone",
        "/proceedings/type", "/proceedings/nationalType", "/proceedings/court",
        "/requestedAuthority/country", "/legalBasis/*/instrument", "/legalBasis/*/parties", "/channel/kind", "/channel/instrument",
        "/urgency/level", "/urgency/reason", "/urgency/grounds", "/urgency/deadlines/*/kind", "/urgency/deadlines/*/by",
        "/urgency/deadlines/*/reason", "/confidentiality/confidential",
        "/dataProtection/transferBasis", "/dataProtection/onwardTransferConditions",
        "/executionConditions/presenceOfRequestingOfficials", "/executionConditions/officials", "/executionConditions/formalities",
        "/offences/*/nationalCode", "/offences/*/maximumPenalty", "/offences/*/maximumCustodialMonths", "/offences/*/nationalWording",
        "/offences/*/iccsCode", "/dualCriminality/statement", "/facts/summary",
        "/persons/*/ref", "/persons/*/role", "/persons/*/fullName", "/persons/*/givenNames", "/persons/*/familyNames",
        "/persons/*/identityDocuments", "/persons/*/sex", "/persons/*/birthDate", "/persons/*/placeOfBirth", "/persons/*/nationalities",
        "/persons/*/languages", "/persons/*/interpreterNeeded", "/persons/*/minor", "/persons/*/custody", "/persons/*/addresses/*/text",
        "/organisations/*/ref", "/organisations/*/role", "/organisations/*/name", "/organisations/*/registrationNumbers",
        "/organisations/*/country", "/organisations/*/address/text", "/organisations/*/liability",
        "/measures/*/type", "/measures/*/nationalCode", "/measures/*/hearing/modality", "/measures/*/hearing/capacity",
        "/measures/*/description", "/measures/*/purpose", "/measures/*/subjects", "/measures/*/nationalOrder",
        "/assets/*/ref", "/assets/*/type", "/assets/*/value", "/assets/*/culturalObject/objectType", "/assets/*/culturalObject/materials",
        "/assets/*/culturalObject/measurements", "/assets/*/culturalObject/inscriptions", "/assets/*/culturalObject/distinguishingFeatures",
        "/assets/*/culturalObject/title", "/assets/*/culturalObject/subject", "/assets/*/culturalObject/dateOrPeriod",
        "/assets/*/culturalObject/maker", "/assets/*/culturalObject/description", "/assets/*/culturalObject/inventoryNumber",
        "/assets/*/culturalObject/placeOfOrigin",
        "/attachments/*/fileName", "/attachments/*/mediaType", "/attachments/*/sha256", "/attachments/*/size");
}
