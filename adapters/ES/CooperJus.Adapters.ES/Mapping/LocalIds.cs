using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// The optional <c>@id</c> of each <c>Interviniente</c> and <c>BienCultural</c> (Fortuny's own identifier of the party
/// or object in the proceedings), kept to resolve a <c>Diligencia</c>'s <c>Afectado</c> to canonical refs. The ids
/// themselves are not canonical content: refs stay numbered <c>p1…</c>, <c>o1…</c>, <c>a1…</c>.
/// </summary>
internal sealed class LocalIds
{
    private readonly Dictionary<string, LocalTarget> _parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocalTarget> _objects = new(StringComparer.Ordinal);
    private readonly RecordScope _scope;

    public LocalIds(RecordScope scope) => _scope = scope;

    /// <summary>Records the id of a party (role null for an organisation); a second use of one id is an error (<c>reference.duplicate</c>).</summary>
    public void AddParty(XmlSourceElement element, string canonicalRef, PersonRole? role) => Add(_parties, element, canonicalRef, role);

    /// <summary>Records the id of a cultural object.</summary>
    public void AddObject(XmlSourceElement element, string canonicalRef) => Add(_objects, element, canonicalRef, null);

    /// <summary>The party with <paramref name="id"/>, or null.</summary>
    public LocalTarget? Party(string id) => _parties.GetValueOrDefault(id);

    /// <summary>The cultural object with <paramref name="id"/>, or null.</summary>
    public LocalTarget? Object(string id) => _objects.GetValueOrDefault(id);

    private void Add(Dictionary<string, LocalTarget> ids, XmlSourceElement element, string canonicalRef, PersonRole? role)
    {
        var at = element.Attribute("id");
        if (at.Trimmed() is not { } id) return;
        if (!ids.TryAdd(id, new LocalTarget(canonicalRef, role)))
            _scope.Error("reference.duplicate", $"{element.Name} id '{id}' is already used by another {element.Name} of this Solicitud.", at);
    }
}

/// <summary>A party or object a measure can name: its canonical ref and, for a person, its role.</summary>
internal sealed record LocalTarget(string Ref, PersonRole? PersonRole);
