namespace CooperJus.Adapters.EC.Mapping;

/// <summary>What an id of a solicitud names: titulares name parties, sujetos name parties or bienes.</summary>
internal enum RefKind
{
    Person,
    Organisation,
    Asset,
}
