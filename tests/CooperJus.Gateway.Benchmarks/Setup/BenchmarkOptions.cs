using System.Globalization;

namespace CooperJus.Gateway.Benchmarks.Setup;

/// <summary>The command line of the benchmark (see README.md).</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/CooperJus.Gateway.Benchmarks -- [options]
          --pe-rows N          rows of the generated SGF CSV (default 1000000)
          --br-requests N      pedidos of the generated Sistema Único JSON (default 200000)
          --quick              20000 rows and 5000 pedidos, 2000 schema documents: a fast check
          --schema-docs N      canonical documents validated alone in (c) (default 20000)
          --runs N             passes of (a) and (b), the best one reported (default 3)
          --only PE|BR         benchmark one format only
          --adapters DIR       adapter folder (default: where the gateway looks, artifacts/adapters)
          --build-adapters     first build Release copies of the adapters into the work folder and load those
          --samples DIR        samples folder whose PE/ and BR/ files are the templates (default: samples/)
          --synthetic          ignore the samples: make requests up from the adapters' code lists
          --work DIR           folder for the generated files (default: a new temporary folder)
          --keep               keep the generated files
          --seed N             seed of the generators (default 20261128)
        """;

    public long PeRows { get; init; } = 1_000_000;

    public long BrRequests { get; init; } = 200_000;

    public int SchemaDocuments { get; init; } = 20_000;

    public int Runs { get; init; } = 3;

    public bool Quick { get; init; }

    public string? Only { get; init; }

    public string? AdaptersFolder { get; init; }

    public bool BuildAdapters { get; init; }

    public string? SamplesFolder { get; init; }

    public bool Synthetic { get; init; }

    public string? WorkFolder { get; init; }

    public bool Keep { get; init; }

    public int Seed { get; init; } = 20261128;

    /// <summary>True when <paramref name="adapterId"/> is to be benchmarked.</summary>
    public bool Includes(string adapterId) => Only is null || string.Equals(Only, adapterId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the arguments; <c>--quick</c> changes the defaults, explicit sizes still win.</summary>
    /// <exception cref="FormatException">An unknown option or a bad value; the message says which.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        var options = quick ? new BenchmarkOptions { Quick = true, PeRows = 20_000, BrRequests = 5_000, SchemaDocuments = 2_000 } : new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options,
                "--pe-rows" => options with { PeRows = Positive(args[i], Value()) },
                "--br-requests" => options with { BrRequests = Positive(args[i], Value()) },
                "--schema-docs" => options with { SchemaDocuments = (int)Positive(args[i], Value()) },
                "--runs" => options with { Runs = (int)Positive(args[i], Value()) },
                "--only" => options with { Only = Format(Value()) },
                "--adapters" => options with { AdaptersFolder = Value() },
                "--build-adapters" => options with { BuildAdapters = true },
                "--samples" => options with { SamplesFolder = Value() },
                "--synthetic" => options with { Synthetic = true },
                "--work" => options with { WorkFolder = Value() },
                "--keep" => options with { Keep = true },
                "--seed" => options with { Seed = (int)Positive(args[i], Value()) },
                _ => throw new FormatException($"Unknown option '{args[i]}'."),
            };
        }
        return options;
    }

    private static long Positive(string option, string text) =>
        long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{option} needs a positive whole number, not '{text}'.");

    private static string Format(string text) =>
        text.ToUpperInvariant() is "PE" or "BR" ? text.ToUpperInvariant() : throw new FormatException($"--only takes PE or BR, not '{text}'.");
}
