using CooperJus.Adapters.ES.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>What Fortuny says of a person beyond names and documents (v2), and the liability of a legal person.</summary>
public sealed class PartyDetailTests
{
    private static RecordResult ReadOne(string children, string condicion = "INVESTIGADO", string tipo = "FISICA") =>
        Spain.ReadText(FortunyXml.Document(FortunyXml.With($"""<Interviniente condicion="{condicion}" tipo="{tipo}"><Nombre>Ana</Nombre><RazonSocial>Alfa S.L.</RazonSocial>{children}</Interviniente>"""))).Single();

    private static Person OnlyPerson(string children)
    {
        var result = ReadOne(children);
        Assert.That(result.IsAccepted, Is.True, string.Join("\n", result.Problems));
        return result.Request!.Persons.Single();
    }

    [TestCase("MUJER", Sex.Female)]
    [TestCase("hombre", Sex.Male)]
    [TestCase("VARÓN", Sex.Male)]
    [TestCase("X", Sex.Unspecified)]
    public void Maps_sex_from_Sexo(string sexo, Sex sex)
    {
        Assert.That(OnlyPerson($"<Sexo>{sexo}</Sexo>").Sex, Is.EqualTo(sex));
    }

    [Test]
    public void Maps_the_place_of_birth_with_its_State_from_LugarNacimiento()
    {
        Assert.That(OnlyPerson("""<LugarNacimiento pais="paraguaya">Asunción</LugarNacimiento>""").PlaceOfBirth, Is.EqualTo(new PlaceOfBirth { Place = "Asunción", Country = "PY" }));
    }

    [Test]
    public void Maps_languages_once_each_as_BCP_47_tags_and_the_need_for_an_interpreter()
    {
        var person = OnlyPerson("<Idioma>Guaraní</Idioma><Idioma>castellano</Idioma><Idioma>español</Idioma><Interprete>1</Interprete><Menor>true</Menor>");

        Assert.That(person.Languages, Is.EqualTo(new[] { "gn", "es" }));
        Assert.That((person.InterpreterNeeded, person.Minor), Is.EqualTo(((bool?)true, (bool?)true)));
    }

    [TestCase("LIBERTAD", CustodyStatus.Free)]
    [TestCase("LIBERTAD_PROVISIONAL", CustodyStatus.Free)]
    [TestCase("PRISION_PROVISIONAL", CustodyStatus.PreTrialDetention)]
    [TestCase("CUMPLIENDO_CONDENA", CustodyStatus.ServingSentence)]
    public void Maps_custody_from_SituacionPersonal(string situacion, CustodyStatus custody)
    {
        Assert.That(OnlyPerson($"<SituacionPersonal>{situacion}</SituacionPersonal>").Custody, Is.EqualTo(custody));
    }

    [Test]
    public void Person_without_these_elements_leaves_them_empty()
    {
        var person = OnlyPerson("");

        Assert.That((person.Sex, person.PlaceOfBirth, person.InterpreterNeeded, person.Minor, person.Custody), Is.EqualTo(((Sex?)null, (PlaceOfBirth?)null, (bool?)null, (bool?)null, (CustodyStatus?)null)));
        Assert.That(person.Languages, Is.Empty);
    }

    [TestCase("<Sexo>M</Sexo>", "code-list.unknown")]
    [TestCase("<Idioma>klingon</Idioma>", "code-list.unknown")]
    [TestCase("<SituacionPersonal>DETENIDO</SituacionPersonal>", "code-list.unknown")]
    [TestCase("<Interprete>quizá</Interprete>", "xml.invalid-value")]
    [TestCase("<Menor>sí</Menor>", "xml.invalid-value")]
    [TestCase("""<LugarNacimiento pais="Atlántida">Poseidonia</LugarNacimiento>""", "country.unknown")]
    public void Unreadable_person_detail_rejects_the_request(string children, string rule)
    {
        Assert.That(ReadOne(children).Problems.Where(p => p.IsError).Select(p => p.Rule), Is.EqualTo(new[] { rule }));
    }

    [TestCase("INVESTIGADO", LiabilityRegime.Criminal)]
    [TestCase("IMPUTADO", LiabilityRegime.Criminal)]
    [TestCase("ENCAUSADO", LiabilityRegime.Criminal)]
    [TestCase("PERJUDICADO", null)]
    [TestCase("TESTIGO", null)]
    public void Legal_person_under_investigation_answers_criminally_under_article_31_bis(string condicion, LiabilityRegime? liability)
    {
        var organisation = ReadOne("", condicion, "JURIDICA").Request!.Organisations.Single();

        Assert.That(organisation.Liability, Is.EqualTo(liability));
    }

    [Test]
    public void Person_details_on_a_legal_person_are_ignored_with_a_warning()
    {
        var result = ReadOne("<Sexo>MUJER</Sexo><Menor>false</Menor>", "TERCERO", "JURIDICA");

        Assert.That(result.Problems.Where(p => p.Rule == "xml.not-applicable").Select(p => p.Source!.Field), Is.SupersetOf(new[] { "Sexo", "Menor" }));
        Assert.That(result.IsAccepted, Is.True);
    }

    [TestCase("IMPUTADO", PersonRole.Suspect)]
    [TestCase("PROCESADO", PersonRole.Accused)]
    [TestCase("ENCAUSADO", PersonRole.Accused)]
    [TestCase("RESPONSABLE_CIVIL", PersonRole.ThirdParty)]
    public void Spanish_procedural_conditions_map_to_what_they_mean(string condicion, PersonRole role)
    {
        Assert.That(ReadOne("", condicion).Request!.Persons.Single().Role, Is.EqualTo(role));
    }
}
