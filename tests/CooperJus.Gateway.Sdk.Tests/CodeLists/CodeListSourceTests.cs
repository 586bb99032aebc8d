using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Sdk.Tests.CodeLists;

public sealed class CodeListSourceTests
{
    private string _office = "";
    private string _adapter = "";

    [SetUp]
    public void CreateFolders()
    {
        var root = Path.Combine(Path.GetTempPath(), "cooperjus-codelists-" + Guid.NewGuid().ToString("N"));
        _office = Directory.CreateDirectory(Path.Combine(root, "office")).FullName;
        _adapter = Directory.CreateDirectory(Path.Combine(root, "adapter")).FullName;
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(Path.GetDirectoryName(_office)!, recursive: true);

    [Test]
    public void Office_override_folder_wins_over_the_adapter_folder()
    {
        File.WriteAllText(Path.Combine(_adapter, "roles.csv"), "codigo;canonical\nIMPUTADO;accused\n");
        File.WriteAllText(Path.Combine(_office, "roles.csv"), "codigo;canonical\nIMPUTADO;suspect\n");

        var list = new CodeListSource(_office, _adapter).Load("roles");

        Assert.That(list.Find("IMPUTADO")?["canonical"], Is.EqualTo("suspect"));
    }

    [Test]
    public void Falls_back_to_the_adapter_folder_and_reads_each_list_once()
    {
        File.WriteAllText(Path.Combine(_adapter, "roles.csv"), "\uFEFFcodigo;canonical\nIMPUTADO;accused\n");
        var source = new CodeListSource(_office, _adapter);

        var first = source.Load("roles");
        File.Delete(Path.Combine(_adapter, "roles.csv"));

        Assert.That(source.Load("roles"), Is.SameAs(first));
        Assert.That(first.Columns[0], Is.EqualTo("codigo"));
    }

    [Test]
    public void Missing_list_names_every_folder_searched()
    {
        var source = new CodeListSource(_office, _adapter);

        Assert.That(
            () => source.Load("roles"),
            Throws.TypeOf<FileNotFoundException>().With.Message.Contains(_office).And.Message.Contains(_adapter));
    }
}
