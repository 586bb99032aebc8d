using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Gateway.Cli.Scaffold;

/// <summary>
/// Creates a new country adapter in a repository from the embedded templates: the plugin and its test project under
/// <c>adapters/&lt;ID&gt;/</c>, code lists, a README skeleton and samples under <c>samples/&lt;ID&gt;/</c>. Nothing is
/// overwritten: when any of those exists, nothing is written.
/// </summary>
internal static partial class AdapterScaffold
{
    /// <summary>The solution the projects are added to, at the repository root.</summary>
    public const string SolutionFile = "CooperJus.Gateway.sln";

    /// <summary>Checks the arguments; every problem is a <see cref="UsageException"/> naming the argument.</summary>
    public static ScaffoldRequest Check(string id, string shape, string? name, string? system, string? language, string? repository)
    {
        if (!IdPattern().IsMatch(id)) throw new UsageException($"--id '{id}' must be two upper-case letters: the ISO 3166-1 alpha-2 code of the country (PE, BR, ES).");
        if (Countries.Alpha3(id) is null) throw new UsageException($"--id '{id}' is not an ISO 3166-1 country the SDK knows (src/CooperJus.Gateway.Sdk/Conversions/countries.csv).");
        var found = SourceShape.Find(shape) ?? throw new UsageException($"--shape '{shape}' is not one of: {string.Join(", ", SourceShape.All.Select(s => s.Name))}.");
        var displayName = (name ?? "Public Prosecution Service").Trim();
        if (displayName.Length is 0 or > 120 || displayName.Any(c => char.IsControl(c) || "\"\\<>&;|".Contains(c, StringComparison.Ordinal)))
            throw new UsageException($"--name '{name}' must be 1 to 120 characters without quotes, backslashes, <, >, &, ; or |.");
        var nationalSystem = system ?? "CMS";
        if (!SystemPattern().IsMatch(nationalSystem)) throw new UsageException($"--system '{system}' must be 2 to 20 upper-case letters, digits or hyphens, starting with a letter (SGF, UNICO, FORTUNY).");
        var tag = language ?? "es";
        if (!LanguagePattern().IsMatch(tag)) throw new UsageException($"--language '{language}' must be a BCP 47 language tag (es, pt, en).");
        var root = repository is null ? FindRepository(Directory.GetCurrentDirectory()) : Path.GetFullPath(repository);
        if (!File.Exists(Path.Combine(root, SolutionFile)) || !Directory.Exists(Path.Combine(root, "adapters")))
            throw new UsageException($"{root} is not a CooperJus Gateway repository (no {SolutionFile} and adapters/ there); give --repo.");
        return new ScaffoldRequest(id, found, displayName, nationalSystem, tag, root);
    }

    /// <summary>Writes every file of the new adapter and returns their paths relative to the repository.</summary>
    public static IReadOnlyList<string> Create(ScaffoldRequest request)
    {
        var values = Placeholders(request);
        var files = ScaffoldTemplates.FilesOf(request.Shape)
            .Select(f => (Path: Fill(f.Key, values), Content: Fill(f.Value, values)))
            .ToList();
        var taken = new[] { $"adapters/{request.Id}", $"samples/{request.Id}" }
            .Where(p => Path.Exists(Path.Combine(request.Repository, p)))
            .ToList();
        if (taken.Count > 0)
            throw new UsageException($"{string.Join(" and ", taken)} already exist(s) in {request.Repository}: an adapter is never overwritten, nothing was written.");
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(request.Repository, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            // Template files are LF; the national samples keep the line ends they were written with (CSV: CRLF).
            File.WriteAllText(full, content, new UTF8Encoding(false));
        }
        return [.. files.Select(f => f.Path)];
    }

    /// <summary>The projects to add to the solution, relative to the repository.</summary>
    public static IReadOnlyList<string> Projects(ScaffoldRequest request) =>
    [
        $"adapters/{request.Id}/CooperJus.Adapters.{request.Id}/CooperJus.Adapters.{request.Id}.csproj",
        $"adapters/{request.Id}/CooperJus.Adapters.{request.Id}.Tests/CooperJus.Adapters.{request.Id}.Tests.csproj",
    ];

    /// <summary>The adapter class's name: the country's English name in Pascal case (<c>CostaRica</c>), else <c>Country</c> and the id.</summary>
    public static string ClassName(string id)
    {
        var english = Countries.NameIn(id, "en") ?? "";
        var plain = string.Concat(english.Split('(', ',')[0].Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
        var words = Regex.Split(plain, "[^A-Za-z0-9]+").Where(w => w.Length > 0 && char.IsLetter(w[0]));
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return name.Length > 0 ? name : "Country" + id;
    }

    private static Dictionary<string, string> Placeholders(ScaffoldRequest request)
    {
        var shape = request.Shape;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["__ID__"] = request.Id,
            ["__CLASS__"] = ClassName(request.Id),
            ["__COUNTRY__"] = Countries.NameIn(request.Id, "en") ?? request.Id,
            ["__NAME__"] = request.Name,
            ["__SYSTEM__"] = request.NationalSystem,
            ["__LANGUAGE__"] = request.Language,
            ["__SHAPE__"] = shape.Description,
            ["__FORMAT__"] = $"{request.NationalSystem.ToLowerInvariant()}-{shape.FormatSuffix}",
            ["__MEDIA_TYPE__"] = shape.MediaType,
            ["__PATTERN__"] = string.Create(CultureInfo.InvariantCulture, $"requests_*.{shape.Extension}"),
            ["__FILE_SECTION__"] = ScaffoldTemplates.Fragment(shape, "_readme-file.md").TrimEnd(),
        };
    }

    // The fragment first: it holds placeholders of its own.
    private static string Fill(string text, Dictionary<string, string> values)
    {
        var filled = text.Replace("__FILE_SECTION__", values["__FILE_SECTION__"], StringComparison.Ordinal);
        foreach (var (placeholder, value) in values) filled = filled.Replace(placeholder, value, StringComparison.Ordinal);
        return filled;
    }

    private static string FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile))) return folder.FullName;
        throw new UsageException($"No {SolutionFile} in {start} or above: run from the repository, or give --repo.");
    }

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z][A-Z0-9-]{1,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex SystemPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
