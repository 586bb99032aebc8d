using System.Globalization;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>The command line of <c>delivery</c>.</summary>
internal sealed record DeliveryBenchmarkOptions
{
    public const string Usage = """
        Usage: CooperJus.Gateway.Benchmarks delivery [options]
          --messages N       messages per measured round of (1) (default 3,000)
          --rounds N         rounds of (1), each plain POSTs then the gateway (default 3)
          --queued N         messages queued before the restart of (2) (default 100,000)
          --cost-messages N  messages each step of "where the time goes" is timed over (default 300)
          --build-adapters   build Release copies of the PE and ES adapters into the work folder and use those
          --adapters DIR     load the adapters from DIR (default: artifacts/adapters, as cooperjus finds it)
          --work DIR         where the gateways' folders and stores go (default: a new temporary folder)
          --keep             keep the work folder
        """;

    public int Messages { get; init; } = 3_000;

    public int Rounds { get; init; } = 3;

    public int Queued { get; init; } = 100_000;

    public int CostMessages { get; init; } = 300;

    public bool BuildAdapters { get; init; }

    public string? AdaptersFolder { get; init; }

    public string? WorkFolder { get; init; }

    public bool Keep { get; init; }

    /// <exception cref="FormatException">An argument is unknown or lacks its value.</exception>
    public static DeliveryBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DeliveryBenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            int Count() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"{args[i - 1]} needs a positive whole number.");
            options = args[i] switch
            {
                "--messages" => options with { Messages = Count() },
                "--rounds" => options with { Rounds = Count() },
                "--queued" => options with { Queued = Count() },
                "--cost-messages" => options with { CostMessages = Count() },
                "--build-adapters" => options with { BuildAdapters = true },
                "--adapters" => options with { AdaptersFolder = Value() },
                "--work" => options with { WorkFolder = Value() },
                "--keep" => options with { Keep = true },
                _ => throw new FormatException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }
}
