using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Versions;

/// <summary>A v2 response written as v1: statuses v1 lacks go to their nearest, the v2 facts into the text v1 readers read.</summary>
[TestFixture]
public sealed class ResponseDowngradeTests
{
    [TestCase(ResponseStatus.Postponed, "in-progress", "postponed")]
    [TestCase(ResponseStatus.ConditionsProposed, "information-needed", "conditions-proposed")]
    [TestCase(ResponseStatus.Forwarded, "in-progress", "forwarded")]
    [TestCase(ResponseStatus.MeasureSubstituted, "partially-executed", "measure-substituted")]
    [TestCase(ResponseStatus.Withdrawn, "refused", "withdrawn")]
    public void Sends_a_status_v1_lacks_as_its_nearest_and_names_it_at_the_start_of_the_message(ResponseStatus status, string v1, string v2)
    {
        var response = SomeResponses.Minimal() with { Status = status, Message = "Texto." };

        var result = ResponseDowngrade.Apply(VersionJson.Of(response));

        Assert.That(result.Document["status"]!.GetValue<string>(), Is.EqualTo(v1));
        Assert.That(result.Document["message"]!.GetValue<string>(), Is.EqualTo($"Status (v2): {v2}.\nTexto."));
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[] { "version.changed /status" }));
    }

    [TestCase(ResponseStatus.Acknowledged)]
    [TestCase(ResponseStatus.InProgress)]
    [TestCase(ResponseStatus.Executed)]
    [TestCase(ResponseStatus.PartiallyExecuted)]
    [TestCase(ResponseStatus.Refused)]
    [TestCase(ResponseStatus.InformationNeeded)]
    public void Keeps_a_status_v1_has(ResponseStatus status)
    {
        var result = ResponseDowngrade.Apply(VersionJson.Of(SomeResponses.Minimal() with { Status = status }));

        Assert.That(result.Document["status"]!.GetValue<string>(), Is.EqualTo(Sdk.CanonicalCodes.ToCode(status)));
        Assert.That(result.Notes, Is.Empty);
        Assert.That(result.Document.ContainsKey("message"), Is.False, "no text is made up");
    }

    [Test]
    public void Writes_the_use_limitations_into_the_message()
    {
        var response = SomeResponses.Minimal() with { UseLimitations = [new UseLimitation { Kind = UseLimitationKind.Speciality, Text = "Solo para el proceso 45." }] };

        var result = ResponseDowngrade.Apply(VersionJson.Of(response));

        Assert.That(result.Document["message"]!.GetValue<string>(), Is.EqualTo("Use limitations: speciality: Solo para el proceso 45."));
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[] { "version.carried-as-text /useLimitations" }));
    }

    [Test]
    public void Writes_every_v2_fact_of_a_result_into_its_summary()
    {
        var result = ResponseDowngrade.Apply(VersionJson.Of(SomeResponses.Full()));

        var postponed = result.Document["results"]![3]!;
        Assert.That(postponed["status"]!.GetValue<string>(), Is.EqualTo("in-progress"));
        Assert.That(postponed["summary"]!.GetValue<string>(), Is.EqualTo(
            "Status (v2): postponed.\nPostponed until: 2024-09-30\nConditions: La declaración se practicará en presencia del letrado del investigado.\n"
            + "Costs: 1200.00 EUR (extraordinary): Intérprete de quechua y sala de videoconferencia.\n"
            + "La declaración se aplaza hasta que concluya una diligencia española en curso."));
        Assert.That(result.Document["results"]![2]!["summary"]!.GetValue<string>(), Does.StartWith(
            "Refusal grounds: domestic-law-prohibits (La cesión de datos de tráfico requiere autorización judicial (Ley 25/2007).)\nSubstitute measure: telecom-subscriber\n"));
        Assert.That(result.Document["results"]![1]!["summary"]!.GetValue<string>(), Does.StartWith(
            "Information needed: Copia certificada de la resolución que ordena la incautación. (by 2024-05-15)\nForwarded to: Juzgado Central de Instrucción n.º 5, ES\n"));
        Assert.That(VersionJson.Named(result.Notes), Is.SupersetOf(new[]
        {
            "version.carried-as-text /useLimitations", "version.carried-as-text /results/1/informationNeeded", "version.carried-as-text /results/1/forwardedTo",
            "version.carried-as-text /results/2/refusalGrounds", "version.carried-as-text /results/2/substituteMeasure", "version.changed /results/3/status",
            "version.carried-as-text /results/3/postponedUntil", "version.carried-as-text /results/3/conditions", "version.carried-as-text /results/3/costs",
            "version.not-carried /attachments/0/documentType", "version.not-carried /attachments/1/translationOf",
        }));
    }

    [Test]
    public async Task Makes_a_valid_v1_document_of_a_response_using_every_v2_field()
    {
        var result = ResponseDowngrade.Apply(VersionJson.Of(SomeResponses.Full()));

        Assert.That(await VersionJson.ViolationsAsync(VersionJson.ResponseV1, result.Document), Is.Empty, result.Document.ToJsonString());
    }

    [Test]
    public async Task Reads_a_v1_response_as_a_valid_v2_one_and_writes_it_back_unchanged()
    {
        var v1 = ResponseDowngrade.Apply(VersionJson.Of(SomeResponses.Full())).Document;

        var upgraded = ResponseUpgrade.Apply(v1);
        var back = ResponseDowngrade.Apply(upgraded.Document);

        Assert.That(await VersionJson.ViolationsAsync(VersionJson.ResponseV2, upgraded.Document), Is.Empty, upgraded.Document.ToJsonString());
        Assert.That(upgraded.Notes, Is.Empty);
        Assert.That(back.Document.ToJsonString(), Is.EqualTo(v1.ToJsonString()));
        Assert.That(back.Notes, Is.Empty);
    }
}
