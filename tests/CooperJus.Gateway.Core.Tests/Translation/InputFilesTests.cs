using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Translation;

namespace CooperJus.Gateway.Core.Tests.Translation;

[TestFixture]
public sealed class InputFilesTests
{
    [Test]
    public void Takes_the_files_of_a_folder_that_match_the_patterns_in_name_order_but_not_sub_folders()
    {
        using var folder = new TemporaryFolder();
        foreach (var name in new[] { "solicitudes_b.csv", "solicitudes_a.CSV", "otros.csv", "bad/solicitudes_c.csv" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(name))!);
            File.WriteAllText(folder.Combine(name), "");
        }

        var files = InputFiles.Resolve(folder.Path, ["solicitudes_*.csv"]).Select(Path.GetFileName);

        Assert.That(files, Is.EqualTo(new[] { "solicitudes_a.CSV", "solicitudes_b.csv" }));
    }

    [Test]
    public void Takes_a_single_file_whatever_its_name()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("export.txt"), "");

        Assert.That(InputFiles.Resolve(folder.Combine("export.txt"), ["solicitudes_*.csv"]), Has.Count.EqualTo(1));
    }

    [Test]
    public void Says_when_the_input_does_not_exist() =>
        Assert.That(() => InputFiles.Resolve("/no/such/place", ["*.csv"]), Throws.TypeOf<FileNotFoundException>().With.Message.Contains("/no/such/place"));
}
