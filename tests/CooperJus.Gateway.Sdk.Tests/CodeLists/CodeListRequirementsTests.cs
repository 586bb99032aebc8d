using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Tests.CodeLists;

[TestFixture]
public sealed class CodeListRequirementsTests
{
    private static CodeList Parse(string text) => CodeList.Parse("measures", new StringReader(text));

    [Test]
    public void Accepts_canonical_codes() =>
        Assert.That(() => Parse("code;type\nINFORMACION_BANCARIA;bank-information\n").RequireCodes<MeasureType>("type"), Throws.Nothing);

    [Test]
    public void Names_the_line_column_and_allowed_codes_of_a_mistyped_code() =>
        Assert.That(() => Parse("code;type\nA;bank-information\nB;bank-informaton\n").RequireCodes<MeasureType>("type"),
            Throws.TypeOf<FormatException>().With.Message.StartsWith("Code list 'measures' line 3: column 'type' is 'bank-informaton', expected one of bank-information, "));

    [Test]
    public void An_empty_cell_is_allowed_only_when_optional()
    {
        var list = Parse("code;type\nA;\n");

        Assert.That(() => list.RequireCodes<MeasureType>("type", optional: true), Throws.Nothing);
        Assert.That(() => list.RequireCodes<MeasureType>("type"), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Checks_a_pattern() =>
        Assert.That(() => Parse("code;iccs\nCP-1;0101\nCP-2;7\n").RequirePattern("iccs", new Regex("^[0-9]{2,6}$")),
            Throws.TypeOf<FormatException>().With.Message.Contains("line 3: column 'iccs' is '7'"));
}
