namespace CooperJus.Gateway.Core.Intake;

/// <summary>A dropped file after it was claimed: moved into <c>.claimed/</c>, so no other scan or process takes it.</summary>
/// <param name="OriginalName">The name it was dropped with.</param>
/// <param name="ClaimedPath">Where it is now.</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record ClaimedFile(string OriginalName, string ClaimedPath, long Size);
