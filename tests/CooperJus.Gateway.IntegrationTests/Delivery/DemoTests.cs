using System.Text.RegularExpressions;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// <c>cooperjus demo</c>, the README's first command, run as a newcomer runs it: a child process from the repository
/// root that starts two gateways, sends Peru's samples to Spain, has Spain answer one, and exits 0 with a summary; and
/// the same between other pairs of countries (<c>--from</c>, <c>--to</c>), where nothing of the demo knows a country.
/// </summary>
[TestFixture]
public sealed partial class DemoTests
{
    [Test]
    public void The_demo_delivers_the_Peruvian_samples_to_Spain_shows_the_answer_and_exits_0()
    {
        var result = CliRunner.Run("demo");

        var folder = DemoFolder().Match(result.Output);
        try
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
            Assert.That(result.Output, Does.Contain("Dropped 3 national export file(s) (sgf-csv) into Peru's intake.")
                .And.Match(@"\b2 request\(s\) delivered to Spain with signed receipts, and written out in Spain's national format \(fortuny-xml\):")
                .And.Contain("fortuny_")
                .And.Match(@"\b4 request\(s\) held, not sent: this demo has no partner for their country")
                .And.Contain("held: no partner gateway serves the requested country CL")
                .And.Match(@"Spain's office answered in fortuny-respuesta-xml: fortuny-respuesta_[0-9-]+\.xml dropped into Spain's intake\.")
                .And.Match("Spain answered request [0-9a-f-]{36} \\(in-progress\\); Peru now shows it as in-progress\\.")
                .And.Match("Peru's national export got the answer: .+[0-9a-f-]{36}_[0-9a-f-]{36}")
                .And.Contain("Peru's requests (cooperjus requests):")
                .And.Match(@"pe's metrics \(GET http://127\.0\.0\.1:[0-9]+/metrics, the inside listener\)")
                .And.Match(@"\n  cooperjus_delivery_delivered_total\{outcome=""accepted"",partner=""es""\} 2\r?\n")
                .And.Match(@"\n  cooperjus_inbox_messages\{partner=""es"",type=""cooperation-response""\} 1\r?\n")
                .And.Match(@"\n  cooperjus_requests\{direction=""outgoing"",partner=""es"",status=""in-progress""\} 1\r?\n")
                .And.Match(@"\n  cooperjus_requests_held 4\r?\n")
                .And.EndWith("Demo complete." + Environment.NewLine));
            var answer = PeruExport().Match(result.Output);
            Assert.That(File.Exists(answer.Groups[1].Value), Is.True, $"Peru's export file for the answer: {answer.Groups[1].Value}");
            TestContext.Out.WriteLine($"Peru's export of Spain's Fortuny answer: {Path.GetFileName(answer.Groups[1].Value)}");
        }
        finally
        {
            // The demo leaves its folder for a look afterwards; a test run should not.
            if (folder.Success && Directory.Exists(folder.Groups[1].Value)) Directory.Delete(folder.Groups[1].Value, recursive: true);
        }
    }

    [TestCase("BR", "PE", "Brazil", "Peru", "solicitudes_", "respostas_")]
    [TestCase("ES", "BR", "Spain", "Brazil", "pedidos_", "fortuny-respuesta_")]
    [TestCase("CL", "UY", "Chile", "Uruguay", "sippau_solicitudes_", "saf_respuestas_")]
    [TestCase("UY", "EC", "Uruguay", "Ecuador", "siaf_solicitudes_", "sippau_respuestas_")]
    [TestCase("EC", "CL", "Ecuador", "Chile", "saf_solicitudes_", "siaf_respuestas_")]
    public void The_demo_runs_from_any_country_to_any_other_and_carries_the_answer_back_in_each_national_format(
        string from, string to, string fromName, string toName, string receivedFilePrefix, string answerFilePrefix)
    {
        var result = CliRunner.Run("demo", "--from", from, "--to", to);

        var folder = DemoFolder().Match(result.Output);
        try
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
            Assert.That(result.Output, Does.Match($@"\b[1-9][0-9]* request\(s\) delivered to {toName} with signed receipts, and written out in {toName}'s national format")
                .And.Match($@"/{to.ToLowerInvariant()}/export/{receivedFilePrefix}[0-9a-f-]{{36}}\.")
                .And.Match($"{toName}'s office answered in [a-z-]+: .+ dropped into {toName}'s intake\\.")
                .And.Match($"{toName} answered request [0-9a-f-]{{36}} \\(in-progress\\); {fromName} now shows it as in-progress\\.")
                .And.Match($"{fromName}'s national export got the answer: .+/{answerFilePrefix}[0-9a-f-]{{36}}_[0-9a-f-]{{36}}\\.")
                .And.EndWith("Demo complete." + Environment.NewLine));
        }
        finally
        {
            if (folder.Success && Directory.Exists(folder.Groups[1].Value)) Directory.Delete(folder.Groups[1].Value, recursive: true);
        }
    }

    [Test]
    public void The_demo_refuses_the_same_country_at_both_ends_before_starting_anything()
    {
        var result = CliRunner.Run("demo", "--from", "PE", "--to", "pe");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.All, Does.Contain("--from and --to are both PE: the demo needs two countries.").And.Not.Contain("Demo folder"));
    }

    [Test]
    public void The_demo_says_which_files_it_looked_for_when_the_samples_folder_has_none_of_the_senders_exports()
    {
        var empty = Directory.CreateTempSubdirectory("cooperjus-demo-samples-").FullName;
        var result = CliRunner.Run("demo", "--from", "BR", "--to", "ES", "--samples", empty);

        var folder = DemoFolder().Match(result.Output);
        try
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
            Assert.That(result.All, Does.Contain($"No file in {empty} matches Brazil's export patterns (pedidos_*.json)."));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
            if (folder.Success && Directory.Exists(folder.Groups[1].Value)) Directory.Delete(folder.Groups[1].Value, recursive: true);
        }
    }

    [GeneratedRegex("^Peru's national export got the answer: (.+?) \\(", RegexOptions.Multiline)]
    private static partial Regex PeruExport();

    [GeneratedRegex("^Demo folder: (.+)$", RegexOptions.Multiline)]
    private static partial Regex DemoFolder();
}
