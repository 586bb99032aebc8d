using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>
/// The ids written on <c>Interviniente</c> and <c>BienCultural</c> so that a <c>Diligencia</c>'s <c>Afectado</c> can
/// name them: each is the ref the element reads back as (<c>p1…</c>, <c>o1…</c>, <c>a1…</c>), and only elements a
/// measure names get one.
/// </summary>
internal sealed class RenderRefs
{
    private readonly Dictionary<string, string> _parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonRole> _roles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _named;

    public RenderRefs(CooperationRequest request)
    {
        _named = request.Measures.SelectMany(m => m.Subjects).Select(s => s.Ref).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < request.Persons.Count; i++)
        {
            _parties.TryAdd(request.Persons[i].Ref, $"p{i + 1}");
            _roles.TryAdd(request.Persons[i].Ref, request.Persons[i].Role);
        }
        for (var i = 0; i < request.Organisations.Count; i++) _parties.TryAdd(request.Organisations[i].Ref, $"o{i + 1}");
        var written = 0;
        foreach (var asset in request.Assets.Where(a => a is { Type: AssetType.CulturalObject, CulturalObject: not null }))
            _objects.TryAdd(asset.Ref, $"a{++written}");
    }

    /// <summary>The id to write on the party or object with <paramref name="canonicalRef"/>, when a measure names it.</summary>
    public string? IdToWrite(string canonicalRef) =>
        _named.Contains(canonicalRef) ? _parties.GetValueOrDefault(canonicalRef) ?? _objects.GetValueOrDefault(canonicalRef) : null;

    /// <summary>The <c>Afectado</c> attribute and id for a subject, or null when the ref names nothing Fortuny writes.</summary>
    public (string Attribute, string Id)? Subject(string canonicalRef) =>
        _parties.TryGetValue(canonicalRef, out var party) ? ("interviniente", party)
        : _objects.TryGetValue(canonicalRef, out var item) ? ("bien", item)
        : null;

    /// <summary>The role of the person with <paramref name="canonicalRef"/>, or null when it is not a person.</summary>
    public PersonRole? PersonRole(string canonicalRef) => _roles.TryGetValue(canonicalRef, out var role) ? role : null;
}
