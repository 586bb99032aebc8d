using System.CommandLine;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus audit reindex</c>: rebuilds the person search index under the key of <c>Audit:SearchKeyFile</c>,
/// creating a new key when the file is missing. For the day the key file is lost for good (restore it from a backup
/// if at all possible: requests whose bodies retention pruned cannot be indexed again), or to change the key. Run it
/// with the gateway stopped: a running gateway keeps indexing with the key it started with.
/// </summary>
internal static class AuditReindexCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var command = new Command("reindex", "Rebuild the person search index under the search key (Audit:SearchKeyFile; a new key is created if the file is missing). Stop the gateway first.") { config };
        command.SetAction((parse, ct) => ReindexAsync(parse.GetValue(config), ct));
        return command;
    }

    private static async Task<int> ReindexAsync(string? config, CancellationToken ct)
    {
        await using var session = await AuditAccess.OpenSessionAsync(config, ct).ConfigureAwait(false);
        var keyFile = session.SearchKeyFile;
        var created = !File.Exists(keyFile);
        PersonSearchTerms terms;
        if (created) terms = SearchKeyFile.Create(keyFile);
        else if (!SearchKeyFile.TryLoad(keyFile, out terms!, out var problem)) throw new UsageException(problem);
        var requests = await PersonSearchIndex.RebuildAsync(session.Store.Audit, terms, CliActor.Current, ct).ConfigureAwait(false);
        Console.WriteLine($"Indexed the persons of {requests} request(s) under search key {terms.Fingerprint} ({(created ? "created " : "")}{keyFile}).");
        return ExitCodes.Success;
    }
}
