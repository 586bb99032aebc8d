namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>
/// The rows of one request to copy into a generated export, each row holding a value for every column of
/// <see cref="PeColumns.All"/> in that order. The generator gives each copy fresh numbers.
/// </summary>
/// <param name="Rows">The request's rows (persons, companies, cultural objects).</param>
internal sealed record PeTemplateBlock(IReadOnlyList<string[]> Rows);
