using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Conversions;

/// <summary>
/// The capacity in which a person is heard, from the part the person plays in the proceedings. National formats that
/// name the person heard but not the capacity give it this way when reading, and check it when rendering.
/// </summary>
public static class HearingCapacities
{
    /// <summary>
    /// The hearing capacity of a person whose role is <paramref name="role"/>: suspects and accused persons are heard as
    /// suspects; witnesses, victims and experts as themselves; anyone else (or no role) gives null.
    /// </summary>
    public static HearingCapacity? Of(PersonRole? role) => role switch
    {
        PersonRole.Suspect or PersonRole.Accused => HearingCapacity.Suspect,
        PersonRole.Witness => HearingCapacity.Witness,
        PersonRole.Victim => HearingCapacity.Victim,
        PersonRole.Expert => HearingCapacity.Expert,
        _ => null,
    };
}
