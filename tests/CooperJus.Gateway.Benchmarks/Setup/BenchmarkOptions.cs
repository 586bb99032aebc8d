using System.Globalization;

namespace CooperJus.Gateway.Benchmarks.Setup;

/// <summary>The command line of the benchmark (see README.md).</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/CooperJus.Gateway.Benchmarks -- [options]
          --pe-rows N          rows of the generated SGF CSV (default 1000000)
          --br-requests N      pedidos of the generated Sistema Único JSON (default 200000)
          --records N          records of each other format's generated file (default: about 350 MB, a quarter
                               of the BR file, so a run over every adapter stays under an hour; with --quick 35 MB)
          --quick              20000 rows, 5000 pedidos, about 35 MB per other format, 2000 schema documents: a fast check
          --schema-docs N      canonical documents validated alone in (c) (default 20000)
          --runs N             passes of (a) and (b), the best one reported (default 3)
          --only CC[,CC...]    benchmark these adapters only (default: every adapter found)
          --adapters DIR       adapter folder (default: where the gateway looks, artifacts/adapters)
          --build-adapters     first build Release copies of the adapters (all of adapters/, or those of --only)
                               into the work folder and load those
          --samples DIR        samples folder whose <CC>/ files are the templates (default: samples/)
          --synthetic          PE and BR: ignore the samples, make requests up from the adapters' code lists
          --generic            PE and BR too through the generic generator and floor (to compare the two)
          --work DIR           folder for the generated files (default: a new temporary folder)
          --keep               keep the generated files
          --seed N             seed of the generators (default 20261128)
        """;

    public long PeRows { get; init; } = 1_000_000;

    public long BrRequests { get; init; } = 200_000;

    /// <summary>Records of a generic format's file (<c>--records</c>); null: as many as make <see cref="GenericBytes"/>.</summary>
    public long? Records { get; init; }

    /// <summary>About how big a generic format's file is when <c>--records</c> is not given: BR's file, in bytes.</summary>
    public long GenericBytes { get; init; } = 350_000_000;

    public int SchemaDocuments { get; init; } = 20_000;

    public int Runs { get; init; } = 3;

    public bool Quick { get; init; }

    /// <summary>The adapter ids of <c>--only</c>, upper case; null: every adapter found.</summary>
    public IReadOnlyList<string>? Only { get; init; }

    public string? AdaptersFolder { get; init; }

    public bool BuildAdapters { get; init; }

    public string? SamplesFolder { get; init; }

    public bool Synthetic { get; init; }

    /// <summary>PE and BR through the generic generator and floor too (<c>--generic</c>).</summary>
    public bool Generic { get; init; }

    public string? WorkFolder { get; init; }

    public bool Keep { get; init; }

    public int Seed { get; init; } = 20261128;

    /// <summary>True when <paramref name="adapterId"/> is to be benchmarked.</summary>
    public bool Includes(string adapterId) => Only is null || Only.Contains(adapterId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses the arguments; <c>--quick</c> changes the defaults, explicit sizes still win.</summary>
    /// <exception cref="FormatException">An unknown option or a bad value; the message says which.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        var options = quick ? new BenchmarkOptions { Quick = true, PeRows = 20_000, BrRequests = 5_000, GenericBytes = 35_000_000, SchemaDocuments = 2_000 } : new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options,
                "--pe-rows" => options with { PeRows = Positive(args[i], Value()) },
                "--br-requests" => options with { BrRequests = Positive(args[i], Value()) },
                "--records" => options with { Records = Positive(args[i], Value()) },
                "--schema-docs" => options with { SchemaDocuments = (int)Positive(args[i], Value()) },
                "--runs" => options with { Runs = (int)Positive(args[i], Value()) },
                "--only" => options with { Only = AdapterIds(Value()) },
                "--adapters" => options with { AdaptersFolder = Value() },
                "--build-adapters" => options with { BuildAdapters = true },
                "--samples" => options with { SamplesFolder = Value() },
                "--synthetic" => options with { Synthetic = true },
                "--generic" => options with { Generic = true },
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

    /// <summary><c>ES,CL</c>: adapter ids, as the gateway's command line takes them (letters and digits).</summary>
    private static string[] AdapterIds(string text)
    {
        var ids = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length == 0 || ids.Any(id => !id.All(char.IsAsciiLetterOrDigit)))
            throw new FormatException($"--only takes adapter ids separated by commas (PE,BR,ES), not '{text}'.");
        return ids.Select(id => id.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
    }
}
