using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Sdk.Tests.Rendering;

/// <summary>The reverse lookup a render needs when one column does not decide the national code.</summary>
public sealed class CodeListFindByTests
{
    private static readonly CodeList Roles = CodeList.Parse("roles", new StringReader("""
        codigo;role;kind;modality
        INVESTIGADO;suspect;person;
        INVESTIGADA;suspect;organisation;
        TESTIGO_VIDEO;witness;person;videoconference
        TESTIGO;witness;person;
        TESTIGO_PROTEGIDO;witness;person;
        """));

    [Test]
    public void Finds_the_entry_matching_every_column() =>
        Assert.That(Roles.FindBy(("role", "suspect"), ("kind", "organisation"))?.Key, Is.EqualTo("INVESTIGADA"));

    [Test]
    public void A_null_value_asks_for_an_empty_column()
    {
        Assert.That(Roles.FindBy(("role", "witness"), ("modality", null))?.Key, Is.EqualTo("TESTIGO"));
        Assert.That(Roles.FindBy(("role", "witness"), ("modality", "videoconference"))?.Key, Is.EqualTo("TESTIGO_VIDEO"));
    }

    [Test]
    public void The_first_matching_entry_in_the_file_wins() =>
        Assert.That(Roles.FindBy(("role", "witness"), ("kind", "person"), ("modality", null))?.Key, Is.EqualTo("TESTIGO"));

    [Test]
    public void The_key_column_can_be_a_criterion() =>
        Assert.That(Roles.FindBy(("codigo", "TESTIGO_PROTEGIDO"), ("role", "witness"))?.Line, Is.EqualTo(6));

    [Test]
    public void No_entry_matching_every_column_gives_null() =>
        Assert.That(Roles.FindBy(("role", "victim"), ("kind", "person")), Is.Null);

    [Test]
    public void A_column_the_list_does_not_have_is_a_mistake_in_the_adapter() =>
        Assert.That(() => Roles.FindBy(("role", "witness"), ("type", "person")), Throws.ArgumentException.With.Message.Contain("'type'"));
}
