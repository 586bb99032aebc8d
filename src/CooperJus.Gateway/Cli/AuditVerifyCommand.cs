using System.CommandLine;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Cli;

/// <summary><c>cooperjus audit verify</c>: the whole chain against itself and the signed checkpoints; names the first broken event.</summary>
internal static class AuditVerifyCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var command = new Command("verify", "Check every audit event, body and signed checkpoint; exit 1 naming the first broken event.") { config };
        command.SetAction((parse, ct) => VerifyAsync(parse.GetValue(config), ct));
        return command;
    }

    private static async Task<int> VerifyAsync(string? config, CancellationToken ct)
    {
        await using var session = await AuditAccess.OpenSessionAsync(config, ct).ConfigureAwait(false);
        Console.WriteLine($"store       {session.Store.Path}");
        Console.WriteLine($"checkpoints {session.Checkpoints.FilePath}");
        var result = await session.Verifier().VerifyAsync(ct).ConfigureAwait(false);
        Console.WriteLine($"events checked:      {result.EventsChecked}");
        Console.WriteLine($"checkpoints checked: {result.CheckpointsChecked}");
        Console.WriteLine($"bodies pruned:       {result.BodiesPruned} (their hashes stay in the chain)");
        if (!result.IsIntact)
        {
            Console.WriteLine(result.FirstBrokenEvent is { } broken ? $"BROKEN: first broken event {broken}" : "NOT VERIFIED");
            Console.WriteLine($"reason: {result.Problem}");
            return ExitCodes.AuditBroken;
        }
        if (result.Caveat is { } caveat) Console.WriteLine($"warning: {caveat}");
        if (result.EventsAfterLastCheckpoint > 0)
            Console.WriteLine($"note: the last {result.EventsAfterLastCheckpoint} event(s) came after the last checkpoint: the chain alone protects them until the next one (`cooperjus audit checkpoint` signs one now).");
        Console.WriteLine("intact");
        return ExitCodes.Success;
    }
}
