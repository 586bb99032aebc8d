using System.Globalization;

namespace CooperJus.Gateway.Benchmarks.Auditing;

/// <summary>The command line of <c>audit-search</c>.</summary>
internal sealed record AuditSearchOptions
{
    public const string Usage = """
        Usage: CooperJus.Gateway.Benchmarks audit-search [options]
          --events N    audit events to store before searching, five per request (default 1,000,000)
          --queries N   searches of each kind, at random among the stored requests (default 200)
          --work DIR    where the store goes (default: a new temporary folder)
          --keep        keep the work folder (a second run with the same --work reuses a store of the same size)
        """;

    public int Events { get; init; } = 1_000_000;

    public int Queries { get; init; } = 200;

    public string? WorkFolder { get; init; }

    public bool Keep { get; init; }

    /// <exception cref="FormatException">An argument is unknown or lacks its value.</exception>
    public static AuditSearchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new AuditSearchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            int Count() => int.TryParse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"{args[i - 1]} needs a positive whole number.");
            options = args[i] switch
            {
                "--events" => options with { Events = Count() },
                "--queries" => options with { Queries = Count() },
                "--work" => options with { WorkFolder = Value() },
                "--keep" => options with { Keep = true },
                _ => throw new FormatException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }
}
