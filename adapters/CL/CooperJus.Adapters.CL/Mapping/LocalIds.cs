using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// The <c>@id</c> of each <c>Interviniente</c>, <c>Empresa</c>, <c>CuentaBancaria</c> and <c>BienCultural</c> (SAF's
/// own number of the party or object in the case), kept to resolve <c>Diligencia/@afectados</c> and
/// <c>@titular</c> to canonical refs. One numbering for all four, as SAF keeps one list of
/// "sujetos y objetos" per case; the ids themselves are not canonical content (refs stay <c>p1…</c>, <c>o1…</c>, <c>a1…</c>).
/// </summary>
internal sealed class LocalIds(RecordScope scope)
{
    private readonly Dictionary<string, string> _refs = new(StringComparer.Ordinal);

    /// <summary>Records the id of an element; a second use of one id is an error (<c>reference.duplicate</c>).</summary>
    public void Add(XmlSourceElement element, string canonicalRef)
    {
        var at = element.Attribute("id");
        if (at.Trimmed() is not { } id) return;
        if (!_refs.TryAdd(id, canonicalRef))
            scope.Error("reference.duplicate", $"id '{id}' is already used by another party or object of this Solicitud.", at);
    }

    /// <summary>
    /// The refs named by a list of ids separated by spaces (<c>@titular="1 3"</c>), in order; an id no element of
    /// the Solicitud has is an error (<c>reference.unknown</c>) at <paramref name="listPath"/>. Lineage is recorded at
    /// <c>{listPath}/{n}</c> (<c>/assets/0/holderRefs/0</c>).
    /// </summary>
    public List<string> Resolve(SourceLocation at, string listPath)
    {
        var refs = new List<string>();
        foreach (var id in (at.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (_refs.TryGetValue(id, out var found))
            {
                scope.Map($"{listPath}/{refs.Count}", Conversions.ResolveId, at with { Value = id });
                refs.Add(found);
            }
            else scope.Error("reference.unknown", $"{at.Field} names id '{id}', which no Interviniente, Empresa, CuentaBancaria or BienCultural of this Solicitud has.", at with { Value = id }, listPath);
        }
        return refs;
    }

    /// <summary>The ref of the party or object with SAF id <paramref name="id"/>, or null.</summary>
    public string? RefOf(string id) => _refs.GetValueOrDefault(id);
}
