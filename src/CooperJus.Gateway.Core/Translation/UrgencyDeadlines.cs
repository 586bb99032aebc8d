using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>Reads the deadlines of a request's <see cref="Urgency"/>.</summary>
public static class UrgencyDeadlines
{
    /// <summary>
    /// The date by which the request should be executed: the earliest <see cref="DeadlineKind.Execute"/> deadline, or
    /// null. This is what the gateway tracks as the request's "respond by" date (version 1's <c>urgency.respondBy</c>).
    /// </summary>
    public static DateOnly? ExecuteBy(this Urgency urgency)
    {
        ArgumentNullException.ThrowIfNull(urgency);
        DateOnly? earliest = null;
        foreach (var deadline in urgency.Deadlines)
            if (deadline.Kind == DeadlineKind.Execute && (earliest is null || deadline.By < earliest)) earliest = deadline.By;
        return earliest;
    }
}
