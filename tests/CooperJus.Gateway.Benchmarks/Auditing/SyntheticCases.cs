using System.Globalization;
using System.Text;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Benchmarks.Auditing;

/// <summary>
/// Requests as the intake records them (claim, record, canonical document, lineage, validation, sealed message: five
/// events each after the claim), with bodies of realistic size, a unique case reference, and two persons each with
/// an identity number and a name drawn from common Peruvian names. Deterministic for a given index.
/// </summary>
internal static class SyntheticCases
{
    private static readonly string[] s_given = ["Juan", "María", "José", "Rosa", "Luis", "Carmen", "Carlos", "Ana", "Jorge", "Elena", "Víctor", "Julia", "Pedro", "Lucía", "Miguel", "Sofía"];
    private static readonly string[] s_family = ["Quispe", "Mamani", "Flores", "Huamán", "Rojas", "Sánchez", "García", "Torres", "Chávez", "Ramos", "Vargas", "Castillo", "Mendoza", "Espinoza", "Condori", "Ccahuana", "Apaza", "Cárdenas", "Gutiérrez", "Salazar"];
    private static readonly byte[] s_canonical = Filler(1200, '{');
    private static readonly byte[] s_lineage = Filler(1500, '[');
    private static readonly byte[] s_envelope = Filler(1600, 'e');

    public static string CaseReference(int index) => string.Create(CultureInfo.InvariantCulture, $"2506015500-2026-{index:D7}-0");

    public static string IdentityNumber(int index, int person) => string.Create(CultureInfo.InvariantCulture, $"{(10_000_000 + (index * 2 + person) * 37L % 89_999_999):D8}");

    public static string FullName(int index, int person)
    {
        var seed = index * 2 + person;
        return $"{s_family[seed % s_family.Length]} {s_family[seed / 7 % s_family.Length]}, {s_given[seed / 3 % s_given.Length]}";
    }

    public static string RequestId(int index) => string.Create(CultureInfo.InvariantCulture, $"req-{index:D7}");

    public static OutgoingMessage Message(int index, DateTimeOffset createdAt)
    {
        var requestId = RequestId(index);
        var messageId = "msg-" + requestId;
        var caseReference = CaseReference(index);
        var terms = PersonTerms(index);
        AuditEntry About(string kind, byte[]? body = null) => new(kind)
        {
            RequestId = requestId,
            MessageId = messageId,
            CaseReference = caseReference,
            PartnerId = "es",
            Country = "ES",
            Body = body ?? default,
            BodyMediaType = "application/json",
        };
        var original = Encoding.UTF8.GetBytes($"{requestId};{caseReference};{FullName(index, 0)};DNI;{IdentityNumber(index, 0)};{FullName(index, 1)};DNI;{IdentityNumber(index, 1)};" + new string('x', 220));
        var tracked = new TrackedRequest(requestId, RequestDirection.Outgoing, caseReference, "es", "ES", null, createdAt, RequestStatus.Submitted);
        return new OutgoingMessage(messageId, "es", "cooperation-request", requestId, s_envelope, tracked,
        [
            About(AuditEventKinds.RecordParsed, original),
            About(AuditEventKinds.RequestTranslated, s_canonical) with { SearchTerms = terms },
            About(AuditEventKinds.LineageRecorded, s_lineage),
            About(AuditEventKinds.RequestValidated),
        ]);
    }

    /// <summary>The benchmark's search key: a fixed one, so a store kept between runs (--keep) is searched with the key it was filled with.</summary>
    public static PersonSearchTerms SearchTerms { get; } = new(new byte[PersonSearchTerms.KeyBytes]);

    /// <summary>The same terms the gateway indexes for a real request with these two persons.</summary>
    private static IReadOnlyList<string> PersonTerms(int index) => SearchTerms.Of([Person(index, 0), Person(index, 1)]);

    private static Person Person(int index, int person) => new()
    {
        Ref = "p" + (person + 1).ToString(CultureInfo.InvariantCulture),
        Role = PersonRole.Suspect,
        FullName = FullName(index, person),
        IdentityDocuments = [new IdentityDocument { Type = DocumentType.NationalId, NationalType = "DNI", Number = IdentityNumber(index, person) }],
    };

    private static byte[] Filler(int size, char first) => Encoding.ASCII.GetBytes(first + new string('a', size - 1));
}
