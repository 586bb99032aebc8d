using CooperJus.Gateway.Cli;
using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Gateway.Demo;

/// <summary>The two countries of a demo run: <see cref="From"/> sends its samples, <see cref="To"/> receives and answers.</summary>
internal sealed record DemoPair(string From, string To)
{
    public string From { get; } = From.Trim().ToUpperInvariant();

    public string To { get; } = To.Trim().ToUpperInvariant();

    /// <summary>The sending country's English name (<c>Peru</c>), as the demo's lines speak of it.</summary>
    public string FromName => Name(From);

    /// <summary>The receiving country's English name (<c>Spain</c>).</summary>
    public string ToName => Name(To);

    /// <summary>Refuses a pair the demo cannot run, before anything starts; an id without an adapter is refused by the gateway's own start-up check.</summary>
    public void Check()
    {
        foreach (var id in new[] { From, To })
            if (id.Length != 2 || !id.All(char.IsAsciiLetterUpper))
                throw new UsageException($"'{id}' is not an adapter id: give a two-letter country code such as PE or ES (`cooperjus adapters` lists them).");
        if (From == To) throw new UsageException($"--from and --to are both {From}: the demo needs two countries.");
    }

    private static string Name(string alpha2) => Countries.NameIn(alpha2, "en") ?? alpha2;
}
