namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>
/// A body of the bundle also written under a plain name (<c>original.txt</c>, <c>envelope.jws</c>…): the same bytes as
/// <see cref="BodyFile"/>, whose hash event <see cref="Sequence"/> records.
/// </summary>
/// <param name="File">The plain name in the bundle.</param>
/// <param name="Sequence">The event whose body it is.</param>
/// <param name="Kind">That event's kind.</param>
/// <param name="BodyFile">The body's file under <c>bodies/</c>, relative to the bundle.</param>
public sealed record EvidenceCopy(string File, long Sequence, string Kind, string BodyFile);
