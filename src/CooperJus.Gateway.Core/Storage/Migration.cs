namespace CooperJus.Gateway.Core.Storage;

/// <summary>One step of the schema's history: the SQL that takes a database from version - 1 to <paramref name="Version"/>.</summary>
/// <param name="Version">The version after this step; steps are numbered 1, 2, 3... without gaps.</param>
/// <param name="Description">What the step changes, for the reader of the history.</param>
/// <param name="Sql">The statements, run inside the migration's transaction. Never edit a shipped step: add one.</param>
internal sealed record Migration(int Version, string Description, string Sql);
