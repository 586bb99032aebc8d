using System.Text.Json;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// Writes a <see cref="CooperationRequest"/> as compact canonical JSON straight into a UTF-8 buffer: the same bytes as
/// <c>JsonSerializer.SerializeToUtf8Bytes(request, CanonicalJson.CompactOptions)</c>, property by property.
/// </summary>
/// <remarks>
/// <para>
/// Why by hand: the serializer cost about 10 us of the translating thread per Brazilian request (4.9 K chars, ~140
/// properties), walking its metadata and a <see cref="Utf8JsonWriter"/> for every value, and a source-generated
/// context would not take its fast path with the canonical relaxed encoder. Here property names are pre-encoded,
/// codes are the converter's bytes (<see cref="CanonicalEnumJson{TEnum}"/>) and strings go through
/// <see cref="Utf8JsonBuffer"/> (the writer itself for anything it would escape).
/// </para>
/// <para>
/// What the serializer does, and so does this: properties in declaration order (a derived record's before its base's),
/// camelCase names, every null omitted (even where the model says non-null), a null item of a list written as
/// <c>null</c>, an <see cref="Authority"/> written with its declared type's properties whatever its runtime type.
/// A property test (CanonicalDocumentBytesTests) sets every settable property of every model type by reflection and
/// compares the bytes with the serializer's, so a property added to the model and not written here fails it.
/// </para>
/// </remarks>
internal sealed class CanonicalDocumentWriter : IBufferedJsonWriter
{
    private readonly Utf8JsonBuffer _json;

    /// <summary>Creates a writer whose buffer starts at <paramref name="initialCapacity"/> bytes.</summary>
    public CanonicalDocumentWriter(int initialCapacity) => _json = new Utf8JsonBuffer(initialCapacity);

    /// <summary>Size of the buffer, which grows with the largest document written.</summary>
    public int Capacity => _json.Capacity;

    /// <summary>What has been written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _json.Written;

    /// <summary>Forgets what was written; the buffer is kept.</summary>
    public void Reset() => _json.Reset();

    /// <summary>Appends <paramref name="request"/>'s compact canonical JSON.</summary>
    public void Write(CooperationRequest request)
    {
        var mark = _json.Open();
        Text(",\"schemaVersion\":"u8, request.SchemaVersion);
        Text(",\"requestId\":"u8, request.RequestId);
        _json.Raw(",\"kind\":"u8);
        CanonicalEnumJson<RequestKind>.Write(_json, request.Kind);
        Date(",\"issuedOn\":"u8, request.IssuedOn);
        _json.Raw(",\"createdAt\":"u8);
        _json.Instant(request.CreatedAt);
        Text(",\"language\":"u8, request.Language);
        Object(",\"issuingAuthority\":"u8, request.IssuingAuthority, static (w, a) => w.IssuingAuthority(a));
        Object(",\"validatingAuthority\":"u8, request.ValidatingAuthority, static (w, a) => w.Authority(a));
        Object(",\"requestedAuthority\":"u8, request.RequestedAuthority, static (w, a) => w.Authority(a));
        Object(",\"channel\":"u8, request.Channel, static (w, c) => w.Channel(c));
        Objects(",\"legalBasis\":"u8, request.LegalBasis, static (w, b) => w.LegalBasis(b));
        Object(",\"urgency\":"u8, request.Urgency, static (w, u) => w.Urgency(u));
        Object(",\"confidentiality\":"u8, request.Confidentiality, static (w, c) => w.Confidentiality(c));
        Object(",\"dataProtection\":"u8, request.DataProtection, static (w, d) => w.DataProtection(d));
        Object(",\"executionConditions\":"u8, request.ExecutionConditions, static (w, c) => w.ExecutionConditions(c));
        Object(",\"proceedings\":"u8, request.Proceedings, static (w, p) => w.Proceedings(p));
        Object(",\"facts\":"u8, request.Facts, static (w, f) => w.Facts(f));
        Objects(",\"offences\":"u8, request.Offences, static (w, o) => w.Offence(o));
        Object(",\"dualCriminality\":"u8, request.DualCriminality, static (w, d) => w.Text(",\"statement\":"u8, d.Statement));
        Objects(",\"persons\":"u8, request.Persons, static (w, p) => w.Person(p));
        Objects(",\"organisations\":"u8, request.Organisations, static (w, o) => w.Organisation(o));
        Objects(",\"assets\":"u8, request.Assets, static (w, a) => w.Asset(a));
        Objects(",\"measures\":"u8, request.Measures, static (w, m) => w.Measure(m));
        Objects(",\"attachments\":"u8, request.Attachments, static (w, a) => w.Attachment(a));
        Object(",\"provenance\":"u8, request.Provenance, static (w, p) => w.Provenance(p));
        _json.Close(mark, (byte)'{', (byte)'}');
    }

    // The object writers below write their properties, each with a leading comma, between Open and Close.

    private void IssuingAuthority(IssuingAuthority authority)
    {
        Text(",\"caseReference\":"u8, authority.CaseReference);
        Text(",\"requestReference\":"u8, authority.RequestReference);
        Text(",\"nationalSystem\":"u8, authority.NationalSystem);
        Authority(authority);
    }

    private void Authority(Authority authority)
    {
        Text(",\"country\":"u8, authority.Country);
        Text(",\"name\":"u8, authority.Name);
        Text(",\"unit\":"u8, authority.Unit);
        Object(",\"officer\":"u8, authority.Officer, static (w, o) => w.Officer(o));
        Object(",\"contact\":"u8, authority.Contact, static (w, c) => w.Contact(c));
    }

    private void Officer(Officer officer)
    {
        Text(",\"name\":"u8, officer.Name);
        Text(",\"role\":"u8, officer.Role);
    }

    private void Contact(Contact contact)
    {
        Text(",\"email\":"u8, contact.Email);
        Text(",\"phone\":"u8, contact.Phone);
    }

    private void Channel(TransmissionChannel channel)
    {
        Code(",\"kind\":"u8, channel.Kind);
        Text(",\"instrument\":"u8, channel.Instrument);
    }

    private void DataProtection(DataProtection protection)
    {
        Text(",\"transferBasis\":"u8, protection.TransferBasis);
        Texts(",\"onwardTransferConditions\":"u8, protection.OnwardTransferConditions);
    }

    private void ExecutionConditions(ExecutionConditions conditions)
    {
        _json.Raw(",\"presenceOfRequestingOfficials\":"u8);
        _json.Boolean(conditions.PresenceOfRequestingOfficials);
        Objects(",\"officials\":"u8, conditions.Officials, static (w, o) => w.Officer(o));
        Text(",\"formalities\":"u8, conditions.Formalities);
    }

    private void LegalBasis(LegalBasis basis)
    {
        Text(",\"instrument\":"u8, basis.Instrument);
        Texts(",\"parties\":"u8, basis.Parties);
        Texts(",\"articles\":"u8, basis.Articles);
    }

    private void Urgency(Urgency urgency)
    {
        _json.Raw(",\"level\":"u8);
        CanonicalEnumJson<UrgencyLevel>.Write(_json, urgency.Level);
        Codes(",\"grounds\":"u8, urgency.Grounds);
        Text(",\"reason\":"u8, urgency.Reason);
        Objects(",\"deadlines\":"u8, urgency.Deadlines, static (w, d) => w.Deadline(d));
    }

    private void Deadline(Deadline deadline)
    {
        Code(",\"kind\":"u8, deadline.Kind);
        Date(",\"by\":"u8, deadline.By);
        Text(",\"reason\":"u8, deadline.Reason);
    }

    private void Confidentiality(Confidentiality confidentiality)
    {
        _json.Raw(",\"confidential\":"u8);
        _json.Boolean(confidentiality.Confidential);
        Text(",\"reason\":"u8, confidentiality.Reason);
    }

    private void Proceedings(Proceedings proceedings)
    {
        _json.Raw(",\"type\":"u8);
        CanonicalEnumJson<ProceedingsType>.Write(_json, proceedings.Type);
        Text(",\"nationalType\":"u8, proceedings.NationalType);
        Text(",\"court\":"u8, proceedings.Court);
        Text(",\"courtCaseNumber\":"u8, proceedings.CourtCaseNumber);
        Texts(",\"relatedRequests\":"u8, proceedings.RelatedRequests);
    }

    private void Facts(Facts facts)
    {
        Text(",\"summary\":"u8, facts.Summary);
        Object(",\"period\":"u8, facts.Period, static (w, p) => w.DateRange(p));
        Text(",\"place\":"u8, facts.Place);
    }

    private void DateRange(DateRange range)
    {
        Date(",\"start\":"u8, range.Start);
        Date(",\"end\":"u8, range.End);
    }

    private void Offence(Offence offence)
    {
        Text(",\"iccsCode\":"u8, offence.IccsCode);
        Text(",\"nationalCode\":"u8, offence.NationalCode);
        Text(",\"nationalWording\":"u8, offence.NationalWording);
        Text(",\"legalProvision\":"u8, offence.LegalProvision);
        Text(",\"maximumPenalty\":"u8, offence.MaximumPenalty);
        Integer(",\"maximumCustodialMonths\":"u8, offence.MaximumCustodialMonths);
    }

    private void Person(Person person)
    {
        Text(",\"ref\":"u8, person.Ref);
        _json.Raw(",\"role\":"u8);
        CanonicalEnumJson<PersonRole>.Write(_json, person.Role);
        Text(",\"fullName\":"u8, person.FullName);
        Text(",\"givenNames\":"u8, person.GivenNames);
        Texts(",\"familyNames\":"u8, person.FamilyNames);
        Code(",\"sex\":"u8, person.Sex);
        Date(",\"birthDate\":"u8, person.BirthDate);
        Object(",\"placeOfBirth\":"u8, person.PlaceOfBirth, static (w, p) => w.PlaceOfBirth(p));
        Texts(",\"nationalities\":"u8, person.Nationalities);
        Texts(",\"languages\":"u8, person.Languages);
        Flag(",\"interpreterNeeded\":"u8, person.InterpreterNeeded);
        Flag(",\"minor\":"u8, person.Minor);
        Code(",\"custody\":"u8, person.Custody);
        Objects(",\"identityDocuments\":"u8, person.IdentityDocuments, static (w, d) => w.IdentityDocument(d));
        Objects(",\"addresses\":"u8, person.Addresses, static (w, a) => w.Address(a));
        Texts(",\"aliases\":"u8, person.Aliases);
    }

    private void PlaceOfBirth(PlaceOfBirth place)
    {
        Text(",\"place\":"u8, place.Place);
        Text(",\"country\":"u8, place.Country);
    }

    private void IdentityDocument(IdentityDocument document)
    {
        _json.Raw(",\"type\":"u8);
        CanonicalEnumJson<DocumentType>.Write(_json, document.Type);
        Text(",\"nationalType\":"u8, document.NationalType);
        Text(",\"number\":"u8, document.Number);
        Text(",\"issuingCountry\":"u8, document.IssuingCountry);
        _json.Raw(",\"checkDigit\":"u8);
        CanonicalEnumJson<CheckDigitStatus>.Write(_json, document.CheckDigit);
    }

    private void Address(Address address)
    {
        Text(",\"text\":"u8, address.Text);
        Text(",\"city\":"u8, address.City);
        Text(",\"country\":"u8, address.Country);
    }

    private void Organisation(Organisation organisation)
    {
        Text(",\"ref\":"u8, organisation.Ref);
        Text(",\"name\":"u8, organisation.Name);
        _json.Raw(",\"role\":"u8);
        CanonicalEnumJson<OrganisationRole>.Write(_json, organisation.Role);
        Code(",\"liability\":"u8, organisation.Liability);
        Objects(",\"registrationNumbers\":"u8, organisation.RegistrationNumbers, static (w, d) => w.IdentityDocument(d));
        Text(",\"country\":"u8, organisation.Country);
        Object(",\"address\":"u8, organisation.Address, static (w, a) => w.Address(a));
    }

    private void Asset(Asset asset)
    {
        Text(",\"ref\":"u8, asset.Ref);
        _json.Raw(",\"type\":"u8);
        CanonicalEnumJson<AssetType>.Write(_json, asset.Type);
        Text(",\"description\":"u8, asset.Description);
        Object(",\"value\":"u8, asset.Value, static (w, v) => w.MonetaryAmount(v));
        Texts(",\"holderRefs\":"u8, asset.HolderRefs);
        Texts(",\"ownerRefs\":"u8, asset.OwnerRefs);
        Text(",\"currentLocation\":"u8, asset.CurrentLocation);
        Object(",\"bankAccount\":"u8, asset.BankAccount, static (w, b) => w.BankAccount(b));
        Object(",\"registeredProperty\":"u8, asset.RegisteredProperty, static (w, p) => w.RegisteredProperty(p));
        Object(",\"culturalObject\":"u8, asset.CulturalObject, static (w, o) => w.CulturalObject(o));
    }

    private void MonetaryAmount(MonetaryAmount amount)
    {
        Text(",\"amount\":"u8, amount.Amount);
        Text(",\"currency\":"u8, amount.Currency);
    }

    private void BankAccount(BankAccount account)
    {
        Text(",\"bank\":"u8, account.Bank);
        Text(",\"branch\":"u8, account.Branch);
        Text(",\"accountNumber\":"u8, account.AccountNumber);
        Text(",\"country\":"u8, account.Country);
    }

    private void RegisteredProperty(RegisteredProperty property)
    {
        Text(",\"registryNumber\":"u8, property.RegistryNumber);
        Text(",\"location\":"u8, property.Location);
    }

    private void CulturalObject(CulturalObject culturalObject)
    {
        Text(",\"objectType\":"u8, culturalObject.ObjectType);
        Texts(",\"materials\":"u8, culturalObject.Materials);
        Text(",\"measurements\":"u8, culturalObject.Measurements);
        Text(",\"inscriptions\":"u8, culturalObject.Inscriptions);
        Text(",\"distinguishingFeatures\":"u8, culturalObject.DistinguishingFeatures);
        Text(",\"title\":"u8, culturalObject.Title);
        Text(",\"subject\":"u8, culturalObject.Subject);
        Text(",\"dateOrPeriod\":"u8, culturalObject.DateOrPeriod);
        Text(",\"maker\":"u8, culturalObject.Maker);
        Text(",\"description\":"u8, culturalObject.Description);
        Text(",\"inventoryNumber\":"u8, culturalObject.InventoryNumber);
        Text(",\"placeOfOrigin\":"u8, culturalObject.PlaceOfOrigin);
        Object(",\"incident\":"u8, culturalObject.Incident, static (w, i) => w.Incident(i));
        Objects(",\"registerReferences\":"u8, culturalObject.RegisterReferences, static (w, r) => w.RegisterReference(r));
        Text(",\"protectedStatus\":"u8, culturalObject.ProtectedStatus);
        Texts(",\"relatedObjectRefs\":"u8, culturalObject.RelatedObjectRefs);
        Texts(",\"photographs\":"u8, culturalObject.Photographs);
    }

    private void Incident(CulturalIncident incident)
    {
        Code(",\"type\":"u8, incident.Type);
        Date(",\"date\":"u8, incident.Date);
        Text(",\"place\":"u8, incident.Place);
        Code(",\"siteType\":"u8, incident.SiteType);
    }

    private void RegisterReference(RegisterReference reference)
    {
        Text(",\"register\":"u8, reference.Register);
        Text(",\"reference\":"u8, reference.Reference);
    }

    private void Measure(Measure measure)
    {
        _json.Raw(",\"type\":"u8);
        CanonicalEnumJson<MeasureType>.Write(_json, measure.Type);
        Text(",\"nationalCode\":"u8, measure.NationalCode);
        Text(",\"description\":"u8, measure.Description);
        Text(",\"purpose\":"u8, measure.Purpose);
        Objects(",\"subjects\":"u8, measure.Subjects, static (w, s) => w.Subject(s));
        Object(",\"banking\":"u8, measure.Banking, static (w, b) => w.Banking(b));
        Object(",\"telecom\":"u8, measure.Telecom, static (w, t) => w.Telecom(t));
        Object(",\"hearing\":"u8, measure.Hearing, static (w, h) => w.Hearing(h));
        Object(",\"nationalOrder\":"u8, measure.NationalOrder, static (w, o) => w.NationalOrder(o));
        Text(",\"formalities\":"u8, measure.Formalities);
        Date(",\"respondBy\":"u8, measure.RespondBy);
    }

    private void Subject(MeasureSubject subject)
    {
        Text(",\"ref\":"u8, subject.Ref);
        Code(",\"capacity\":"u8, subject.Capacity);
    }

    private void Banking(BankingParticulars banking)
    {
        Texts(",\"accountRefs\":"u8, banking.AccountRefs);
        Object(",\"period\":"u8, banking.Period, static (w, p) => w.DateRange(p));
        Codes(",\"documentTypes\":"u8, banking.DocumentTypes);
    }

    private void Telecom(TelecomParticulars telecom)
    {
        Objects(",\"identifiers\":"u8, telecom.Identifiers, static (w, i) => w.TelecomIdentifier(i));
        Object(",\"period\":"u8, telecom.Period, static (w, p) => w.DateRange(p));
    }

    private void TelecomIdentifier(TelecomIdentifier identifier)
    {
        Code(",\"type\":"u8, identifier.Type);
        Text(",\"value\":"u8, identifier.Value);
    }

    private void Hearing(HearingParticulars hearing)
    {
        Code(",\"capacity\":"u8, hearing.Capacity);
        Code(",\"modality\":"u8, hearing.Modality);
        Texts(",\"questions\":"u8, hearing.Questions);
        Flag(",\"underOath\":"u8, hearing.UnderOath);
        Flag(",\"suspectConsent\":"u8, hearing.SuspectConsent);
    }

    private void NationalOrder(NationalOrder order)
    {
        Code(",\"issuedBy\":"u8, order.IssuedBy);
        Text(",\"authority\":"u8, order.Authority);
        Text(",\"reference\":"u8, order.Reference);
        Date(",\"date\":"u8, order.Date);
        Text(",\"attachmentFileName\":"u8, order.AttachmentFileName);
    }

    private void Attachment(Attachment attachment)
    {
        Text(",\"fileName\":"u8, attachment.FileName);
        Text(",\"mediaType\":"u8, attachment.MediaType);
        Text(",\"sha256\":"u8, attachment.Sha256);
        _json.Raw(",\"size\":"u8);
        _json.Number(attachment.Size);
        Code(",\"documentType\":"u8, attachment.DocumentType);
        Text(",\"language\":"u8, attachment.Language);
        Text(",\"translationOf\":"u8, attachment.TranslationOf);
        Object(",\"obtained\":"u8, attachment.Obtained, static (w, o) => w.Obtained(o));
        Code(",\"copyKind\":"u8, attachment.CopyKind);
        Text(",\"sealNumber\":"u8, attachment.SealNumber);
        Objects(",\"chainOfCustody\":"u8, attachment.ChainOfCustody, static (w, e) => w.CustodyEvent(e));
        Date(",\"returnBy\":"u8, attachment.ReturnBy);
    }

    private void Obtained(Obtained obtained)
    {
        Date(",\"on\":"u8, obtained.On);
        Text(",\"by\":"u8, obtained.By);
    }

    private void CustodyEvent(CustodyEvent custodyEvent)
    {
        Date(",\"on\":"u8, custodyEvent.On);
        Text(",\"holder\":"u8, custodyEvent.Holder);
        Text(",\"action\":"u8, custodyEvent.Action);
    }

    private void Provenance(Provenance provenance)
    {
        Text(",\"adapterId\":"u8, provenance.AdapterId);
        Text(",\"adapterVersion\":"u8, provenance.AdapterVersion);
        Text(",\"sourceFormat\":"u8, provenance.SourceFormat);
        Text(",\"sourceFile\":"u8, provenance.SourceFile);
        Text(",\"recordId\":"u8, provenance.RecordId);
    }

    // Property helpers: a null value (whatever the model's annotation) is left out, as the canonical options say.

    private void Text(ReadOnlySpan<byte> name, string? value)
    {
        if (value is null) return;
        _json.Raw(name);
        _json.String(value);
    }

    private void Code<TEnum>(ReadOnlySpan<byte> name, TEnum value) where TEnum : struct, Enum
    {
        _json.Raw(name);
        CanonicalEnumJson<TEnum>.Write(_json, value);
    }

    private void Code<TEnum>(ReadOnlySpan<byte> name, TEnum? value) where TEnum : struct, Enum
    {
        if (value is not { } code) return;
        _json.Raw(name);
        CanonicalEnumJson<TEnum>.Write(_json, code);
    }

    private void Flag(ReadOnlySpan<byte> name, bool? value)
    {
        if (value is not { } flag) return;
        _json.Raw(name);
        _json.Boolean(flag);
    }

    private void Integer(ReadOnlySpan<byte> name, int? value)
    {
        if (value is not { } number) return;
        _json.Raw(name);
        _json.Number(number);
    }

    private void Codes<TEnum>(ReadOnlySpan<byte> name, IReadOnlyList<TEnum>? items) where TEnum : struct, Enum
    {
        if (items is null) return;
        _json.Raw(name);
        var mark = _json.Open();
        for (var i = 0; i < items.Count; i++)
        {
            _json.Byte((byte)',');
            CanonicalEnumJson<TEnum>.Write(_json, items[i]);
        }
        _json.Close(mark, (byte)'[', (byte)']');
    }

    private void Date(ReadOnlySpan<byte> name, DateOnly? value)
    {
        if (value is not { } date) return;
        _json.Raw(name);
        _json.Date(date);
    }

    private void Object<T>(ReadOnlySpan<byte> name, T? value, Action<CanonicalDocumentWriter, T> write) where T : class
    {
        if (value is null) return;
        _json.Raw(name);
        Members(value, write);
    }

    private void Members<T>(T value, Action<CanonicalDocumentWriter, T> write)
    {
        var mark = _json.Open();
        write(this, value);
        _json.Close(mark, (byte)'{', (byte)'}');
    }

    // Lists by index: an IReadOnlyList's enumerator is an object per list.
    private void Texts(ReadOnlySpan<byte> name, IReadOnlyList<string>? items)
    {
        if (items is null) return;
        _json.Raw(name);
        var mark = _json.Open();
        for (var i = 0; i < items.Count; i++)
        {
            _json.Byte((byte)',');
            if (items[i] is { } item) _json.String(item);
            else _json.Null();
        }
        _json.Close(mark, (byte)'[', (byte)']');
    }

    private void Objects<T>(ReadOnlySpan<byte> name, IReadOnlyList<T>? items, Action<CanonicalDocumentWriter, T> write) where T : class
    {
        if (items is null) return;
        _json.Raw(name);
        var mark = _json.Open();
        for (var i = 0; i < items.Count; i++)
        {
            _json.Byte((byte)',');
            if (items[i] is { } item) Members(item, write);
            else _json.Null();
        }
        _json.Close(mark, (byte)'[', (byte)']');
    }
}
