namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>One planned crash: which gateway, at which point of the run, and how long after that point.</summary>
/// <param name="KillsReceiver">True to kill the receiving gateway, false the sending one.</param>
/// <param name="Moment">The point of the run, in words, for the log.</param>
/// <param name="IsDue">True once the run has reached that point.</param>
/// <param name="Delay">The seeded random wait between reaching the point and the kill.</param>
internal sealed record KillStep(bool KillsReceiver, string Moment, Func<CrashProgress, bool> IsDue, TimeSpan Delay);
