namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The request statuses after which nothing more is expected from the requested State, so a request in one of them is
/// never overdue: <see cref="RequestStatus.Executed"/>, <see cref="RequestStatus.PartiallyExecuted"/>,
/// <see cref="RequestStatus.MeasureSubstituted"/> (executed, by other means), <see cref="RequestStatus.Refused"/> and
/// <see cref="RequestStatus.Withdrawn"/> (closed without execution).
/// </summary>
/// <remarks>
/// Every other status is open, whoever's move it is: <see cref="RequestStatus.Postponed"/> waits for a date,
/// <see cref="RequestStatus.InformationNeeded"/> and <see cref="RequestStatus.ConditionsProposed"/> for the requesting
/// side, <see cref="RequestStatus.Forwarded"/> for the authority it went to. Such a request past its respond-by date is
/// overdue: the deadline was missed and nothing is done yet, and the status beside it says who has to act.
/// </remarks>
internal static class FinalStatuses
{
    /// <summary>The stored words, as an SQL list for <c>status NOT IN ...</c>; a test keeps it in step with <see cref="Contains"/>.</summary>
    public const string Sql = "('executed', 'partially-executed', 'measure-substituted', 'refused', 'withdrawn')";

    /// <summary>True when <paramref name="status"/> is final.</summary>
    public static bool Contains(RequestStatus status) => status is RequestStatus.Executed or RequestStatus.PartiallyExecuted
        or RequestStatus.MeasureSubstituted or RequestStatus.Refused or RequestStatus.Withdrawn;
}
