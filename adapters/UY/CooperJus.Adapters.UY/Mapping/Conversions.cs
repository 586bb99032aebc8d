namespace CooperJus.Adapters.UY.Mapping;

/// <summary>The names of the conversions recorded in lineage that the SDK does not name itself (docs/lineage.md).</summary>
internal static class Conversions
{
    public const string AdapterDefault = "adapter-default";
    public const string Copy = "copy";
    public const string RequestId = "request-id";
    public const string ResponseId = "response-id";
    public const string Instant = "iso-instant";
    public const string JoinNames = "join-names";
    public const string FamilyNames = "family-name-columns";
    public const string JoinAddress = "join-address";
    public const string ImpliedByField = "implied-by-field";
    public const string OneBasedNumber = "one-based-number";
    public const string IdentityRuleRut = "identity-rule:" + RutNumbers.Rule;
}
