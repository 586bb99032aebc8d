using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Sdk.Tests.CodeLists;

public sealed class CodeListTests
{
    private const string Offences = """
        # Peruvian penal code → ICCS. 07042 is unconfirmed.
        codigo;iccs;descripcion

        CP-228;07042;Extracción ilegal de bienes culturales
          CP-317 ; 09051 ; Organización criminal
        CP-400;;
        """;

    [Test]
    public void Parses_header_entries_and_skips_comments_and_blank_lines()
    {
        var list = CodeList.Parse("offences", new StringReader(Offences));

        Assert.That(list.Name, Is.EqualTo("offences"));
        Assert.That(list.Columns, Is.EqualTo(new[] { "codigo", "iccs", "descripcion" }));
        Assert.That(list.Entries.Select(e => e.Key), Is.EqualTo(new[] { "CP-228", "CP-317", "CP-400" }));
        Assert.That(list.Entries[0].Line, Is.EqualTo(4));
    }

    [TestCase("CP-228")]
    [TestCase("cp-228")]
    [TestCase("  CP-228 ")]
    public void Finds_keys_ignoring_case_and_surrounding_spaces(string key)
    {
        var list = CodeList.Parse("offences", new StringReader(Offences));

        Assert.That(list.Find(key)?["iccs"], Is.EqualTo("07042"));
    }

    [Test]
    public void Finds_keys_ignoring_accents()
    {
        var list = CodeList.Parse("measures", new StringReader("codigo;canonical\nINFORMACIÓN_BANCARIA;bank-information\n"));

        Assert.That(list.Find("informacion_bancaria")?["canonical"], Is.EqualTo("bank-information"));
    }

    [Test]
    public void Trims_values_and_reads_empty_or_missing_columns_as_null()
    {
        var list = CodeList.Parse("offences", new StringReader(Offences));

        Assert.That(list.Find("CP-317")?["iccs"], Is.EqualTo("09051"));
        Assert.That(list.Find("CP-400")?["iccs"], Is.Null);
        Assert.That(list.Find("CP-400")?["no-such-column"], Is.Null);
        Assert.That(list.Find("CP-228")?["ICCS"], Is.EqualTo("07042"));
    }

    [TestCase(null)]
    [TestCase("CP-999")]
    public void Unknown_or_null_key_finds_nothing(string? key) =>
        Assert.That(CodeList.Parse("offences", new StringReader(Offences)).Find(key), Is.Null);

    [Test]
    public void FindBy_is_the_reverse_mapping_used_when_rendering()
    {
        var list = CodeList.Parse("offences", new StringReader(Offences));

        Assert.That(list.FindBy("iccs", "09051")?.Key, Is.EqualTo("CP-317"));
        Assert.That(list.FindBy("iccs", "99999"), Is.Null);
    }

    [Test]
    public void Conversion_name_names_the_list() =>
        Assert.That(CodeList.Parse("offences", new StringReader(Offences)).ConversionName, Is.EqualTo("code-list:offences"));

    [Test]
    public void Line_with_more_fields_than_the_header_is_rejected_naming_the_line()
    {
        Assert.That(
            () => CodeList.Parse("roles", new StringReader("codigo;canonical\nIMPUTADO;accused;extra\n")),
            Throws.TypeOf<FormatException>().With.Message.EqualTo("Code list 'roles' line 2: 3 fields but the header names 2."));
    }

    [TestCase("")]
    [TestCase("# only a comment\n\n")]
    public void List_without_header_is_rejected(string text)
    {
        Assert.That(
            () => CodeList.Parse("roles", new StringReader(text)),
            Throws.TypeOf<FormatException>().With.Message.EqualTo("Code list 'roles' is empty: the first line must name the columns."));
    }
}
