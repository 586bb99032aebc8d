using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>
/// The canonical fields the Sistema Único layout has a property for (README, "Rendering"). Everything else in a
/// request is reported as <c>render.not-carried</c> by the render scope; where a property exists but a value cannot be
/// written there (a code the lists do not have, a second deadline), the writers warn themselves.
/// </summary>
internal static class UnicoCarriedPaths
{
    /// <summary>The layout as a clerk names it, for messages.</summary>
    public const string FormatName = "the Sistema Único layout";

    public static CarriedPaths Carried { get; } = new(
        // idPedido, or idGateway when the id is not the one idPedido gives.
        "/requestId", "/issuingAuthority/requestReference", "/kind", "/createdAt", "/language", "/issuedOn",
        "/issuingAuthority/caseReference", "/issuingAuthority/nationalSystem", "/issuingAuthority/name", "/issuingAuthority/unit",
        "/issuingAuthority/country", "/issuingAuthority/officer/name", "/issuingAuthority/officer/role",
        "/issuingAuthority/contact/email", "/issuingAuthority/contact/phone",
        "/requestedAuthority/country", "/requestedAuthority/name", "/channel/kind", "/channel/instrument",
        "/legalBasis/*/instrument", "/legalBasis/*/parties",
        "/urgency/level", "/urgency/grounds", "/urgency/reason", "/urgency/deadlines",
        "/confidentiality/confidential", "/confidentiality/reason",
        "/proceedings/type", "/proceedings/courtCaseNumber",
        "/offences/*/nationalCode", "/offences/*/nationalWording", "/offences/*/maximumPenalty", "/offences/*/legalProvision", "/offences/*/iccsCode",
        "/dualCriminality/statement", "/facts/summary", "/facts/period",
        "/persons/*/ref", "/persons/*/role", "/persons/*/fullName", "/persons/*/sex", "/persons/*/identityDocuments",
        "/persons/*/birthDate", "/persons/*/placeOfBirth/place", "/persons/*/placeOfBirth/country", "/persons/*/nationalities/0",
        "/persons/*/languages", "/persons/*/interpreterNeeded", "/persons/*/minor", "/persons/*/custody", "/persons/*/addresses/0",
        "/organisations/*/ref", "/organisations/*/name", "/organisations/*/registrationNumbers", "/organisations/*/role",
        "/organisations/*/liability", "/organisations/*/country",
        "/measures/*/type", "/measures/*/nationalCode", "/measures/*/description", "/measures/*/purpose", "/measures/*/subjects",
        "/measures/*/banking/accountRefs", "/measures/*/banking/period", "/measures/*/banking/documentTypes",
        "/measures/*/telecom/identifiers", "/measures/*/telecom/period",
        "/measures/*/hearing/capacity", "/measures/*/hearing/modality", "/measures/*/hearing/questions",
        "/measures/*/hearing/underOath", "/measures/*/hearing/suspectConsent",
        "/measures/*/nationalOrder/issuedBy", "/measures/*/nationalOrder/authority", "/measures/*/nationalOrder/reference",
        "/measures/*/nationalOrder/date", "/measures/*/nationalOrder/attachmentFileName",
        "/measures/*/formalities", "/measures/*/respondBy",
        "/assets/*/ref", "/assets/*/type", "/assets/*/description", "/assets/*/value", "/assets/*/holderRefs", "/assets/*/ownerRefs",
        "/assets/*/currentLocation", "/assets/*/bankAccount/bank", "/assets/*/bankAccount/branch",
        "/assets/*/bankAccount/accountNumber", "/assets/*/bankAccount/country",
        "/assets/*/registeredProperty/registryNumber", "/assets/*/registeredProperty/location",
        "/assets/*/culturalObject/objectType", "/assets/*/culturalObject/materials", "/assets/*/culturalObject/measurements",
        "/assets/*/culturalObject/inscriptions", "/assets/*/culturalObject/distinguishingFeatures", "/assets/*/culturalObject/title",
        "/assets/*/culturalObject/subject", "/assets/*/culturalObject/dateOrPeriod", "/assets/*/culturalObject/maker",
        "/assets/*/culturalObject/inventoryNumber", "/assets/*/culturalObject/placeOfOrigin", "/assets/*/culturalObject/description",
        "/assets/*/culturalObject/incident/type", "/assets/*/culturalObject/incident/date", "/assets/*/culturalObject/incident/place",
        "/assets/*/culturalObject/incident/siteType", "/assets/*/culturalObject/registerReferences",
        "/assets/*/culturalObject/protectedStatus", "/assets/*/culturalObject/relatedObjectRefs", "/assets/*/culturalObject/photographs",
        "/attachments/*/fileName", "/attachments/*/mediaType", "/attachments/*/sha256", "/attachments/*/size",
        "/attachments/*/documentType", "/attachments/*/language", "/attachments/*/translationOf", "/attachments/*/obtained/on",
        "/attachments/*/obtained/by", "/attachments/*/copyKind", "/attachments/*/sealNumber", "/attachments/*/chainOfCustody/*/on",
        "/attachments/*/chainOfCustody/*/holder", "/attachments/*/chainOfCustody/*/action", "/attachments/*/returnBy");
}
