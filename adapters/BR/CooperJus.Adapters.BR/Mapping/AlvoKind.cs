namespace CooperJus.Adapters.BR.Mapping;

/// <summary>What an alvo of a diligência names: an envolvido, an empresa or a bem (the columns of <c>subject-capacities.csv</c>).</summary>
internal enum AlvoKind
{
    Person,
    Organisation,
    Asset,
}
