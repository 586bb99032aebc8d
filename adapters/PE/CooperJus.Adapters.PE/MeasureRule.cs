using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE;

/// <summary>
/// What code list <c>measures</c> says about the subjects of a measure code: the capacity of a linked person or
/// company, the rows the code itself implies when no row is linked, and the hearing modality the code implies.
/// </summary>
/// <param name="Capacity">Capacity of a linked person or company row (null: the model has none for the link).</param>
/// <param name="ConcernsNoParty">The measure concerns no party (<c>implied</c> = <c>none</c>): no subjects, no warning.</param>
/// <param name="ImpliedRoles">Person roles the code implies (a witness hearing concerns the TESTIGO rows).</param>
/// <param name="ImpliesObjects">The code concerns every cultural object of the request.</param>
/// <param name="Modality">The hearing modality the code says.</param>
internal sealed record MeasureRule(
    SubjectCapacity? Capacity, bool ConcernsNoParty, IReadOnlyList<PersonRole> ImpliedRoles, bool ImpliesObjects, HearingModality? Modality)
{
    /// <summary>True when the code itself says which rows it concerns.</summary>
    public bool HasImplication => ImpliedRoles.Count > 0 || ImpliesObjects;
}
