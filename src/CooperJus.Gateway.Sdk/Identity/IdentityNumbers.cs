using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Identity;

/// <summary>Check-digit and structure rules for the identity numbers of the twelve countries (see shared/domain.md §4).</summary>
public static class IdentityNumbers
{
    /// <summary>Checks <paramref name="number"/> (as written, punctuation allowed) as a <paramref name="nationalType"/> of <paramref name="country"/>.</summary>
    public static IdentityCheck Check(string country, string nationalType, string number) =>
        throw new NotImplementedException("being written");
}
