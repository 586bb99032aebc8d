using System.Net;
using System.Net.Sockets;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Operations;

/// <summary>
/// Start-up problems as an operator meets them, through the real <c>cooperjus</c> process: a listen address that cannot
/// be used joins the one list of configuration problems (exit 2, no stack trace), and <c>run --check-config</c> says
/// everything a start would say without serving and without creating or changing the store.
/// </summary>
[TestFixture]
public sealed class StartupProblemsTests
{
    private TemporaryFolder _folder = null!;
    private LocalGateway _peru = null!;
    private LocalGateway _spain = null!;

    [SetUp]
    public void Create()
    {
        _folder = new TemporaryFolder();
        _peru = LocalGateway.Create(_folder.Path, "pe", "PE", "PE", "test");
        _spain = LocalGateway.Create(_folder.Path, "es", "ES", "ES", "test");
    }

    [TearDown]
    public void Dispose()
    {
        _peru.Dispose();
        _spain.Dispose();
        _folder.Dispose();
    }

    [Test]
    public void A_port_in_use_stops_the_start_with_exit_2_naming_the_address()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, _peru.Port);
        squatter.Start();
        var config = _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters));

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.StartWith("The gateway cannot start:")
            .And.Contain($"Kestrel:Endpoints:Partner:Url 'http://127.0.0.1:{_peru.Port}/' cannot be listened on: address already in use"));
        Assert.That(result.All, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void A_port_out_of_range_stops_the_start_with_exit_2()
    {
        var config = _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters, [new("Kestrel:Endpoints:Partner:Url", "http://127.0.0.1:99999")]));

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("Kestrel:Endpoints:Partner:Url 'http://127.0.0.1:99999' has port 99999"));
        Assert.That(result.All, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void A_development_Urls_port_out_of_range_stops_the_start_with_exit_2()
    {
        var settings = _peru.Settings(_spain, RepositoryPaths.BuiltAdapters);
        foreach (var key in settings.Keys.Where(k => k.StartsWith("Kestrel:", StringComparison.Ordinal)).ToList()) settings.Remove(key);
        settings["Urls"] = "http://127.0.0.1:99999";
        var config = _peru.WriteConfig(settings);

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("Urls: 'http://127.0.0.1:99999' has port 99999"));
        Assert.That(result.All, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Check_config_passes_a_good_configuration_without_serving_or_creating_the_store()
    {
        var config = _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters));

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config, "--check-config");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        Assert.That(result.Output, Does.StartWith("Configuration OK: gateway 'pe', national adapter PE")
            .And.Contain("1 partner(s): es (ES, 1 key(s), canonical versions 1.0/2.0)")
            .And.Contain("none yet: the first start creates it")
            .And.Contain($"Kestrel:Endpoints:Partner:Url http://127.0.0.1:{_peru.Port}/"));
        Assert.That(File.Exists(_peru.StorePath), Is.False, "the check creates no store");
        Assert.That(Directory.EnumerateFiles(_peru.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "gateway.json", "gateway.key.pem" }), "nothing else was written");
    }

    [Test]
    public async Task Check_config_neither_migrates_nor_changes_an_existing_store()
    {
        var config = _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters));
        await (await Core.Storage.SqliteGatewayStore.OpenAsync(new() { Path = _peru.StorePath }, TimeProvider.System, CancellationToken.None)).DisposeAsync();
        var before = File.ReadAllBytes(_peru.StorePath);

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config, "--check-config");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        Assert.That(result.Output, Does.Contain($"store {_peru.StorePath} (schema version"));
        Assert.That(File.ReadAllBytes(_peru.StorePath), Is.EqualTo(before));
    }

    [Test]
    public async Task Check_config_says_the_next_start_migrates_a_store_of_step_6_and_leaves_it_as_it_was()
    {
        var config = _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters));
        await (await Core.Storage.SqliteGatewayStore.OpenAsync(new() { Path = _peru.StorePath }, TimeProvider.System, CancellationToken.None)).DisposeAsync();
        // Only the version is read by the check; step 7 (the v2 response statuses) is the one a step 6 store lacks.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_peru.StorePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 6";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(_peru.StorePath);

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config, "--check-config");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        Assert.That(result.Output, Does.Match(@"store .* \(schema version 6; the next start migrates it to \d+\)"));
        Assert.That(File.ReadAllBytes(_peru.StorePath), Is.EqualTo(before));
    }

    [Test]
    public void Check_config_lists_every_problem_at_once_with_exit_2()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, _peru.InsidePort);
        squatter.Start();
        var config = _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters, new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Partner:Url"] = "http://127.0.0.1:70000",
            ["PartnerDirectory:Partners:0:Keys:0:Jwk:X"] = "<from the partner>",
            ["Messaging:PrivateKeyFile"] = Path.Combine(_peru.Root, "no-such.key.pem"),
            ["Store:Path"] = Path.Combine(_peru.Root, "no-such-folder", "gateway.db"),
        }));

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config, "--check-config");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.StartWith("The configuration has problems; the gateway would not start:")
            .And.Contain("has port 70000")
            .And.Contain($"Kestrel:Endpoints:Inside:Url 'http://127.0.0.1:{_peru.InsidePort}/' cannot be listened on: address already in use")
            .And.Contain("Jwk.X is the placeholder '<from the partner>'")
            .And.Contain("Messaging:PrivateKeyFile")
            .And.Contain("Store:Path"));
        Assert.That(result.Output, Is.Empty, "no 'Configuration OK'");
        Assert.That(result.All, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void A_certificate_with_the_wrong_password_is_a_start_up_problem_not_a_stack_trace()
    {
        using (var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=pe-gateway", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
            using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(30));
            File.WriteAllBytes(Path.Combine(_peru.Root, "partner.pfx"), certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "the-right-one"));
        }
        var config = _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters, new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Partner:Url"] = $"https://127.0.0.1:{_peru.Port}",
            ["Kestrel:Endpoints:Partner:Certificate:Path"] = Path.Combine(_peru.Root, "partner.pfx"),
            ["Kestrel:Endpoints:Partner:Certificate:Password"] = "a-wrong-one",
        }));

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain($"Kestrel:Endpoints:Partner:Certificate: the certificate '{Path.Combine(_peru.Root, "partner.pfx")}' cannot be loaded")
            .And.Contain("Certificate:Password"));
        Assert.That(result.All, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Two_endpoints_on_one_address_are_a_start_up_problem()
    {
        var config = _peru.WriteConfig(_peru.Settings(_spain, RepositoryPaths.BuiltAdapters, [new("Kestrel:Endpoints:Inside:Url", _peru.Url.ToString())]));

        var result = CliRunner.RunIn(_peru.Root, "run", "--config", config, "--check-config");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("address already in use"));
    }

    [Test]
    public void Check_config_refuses_the_sample_configuration_as_shipped()
    {
        var result = CliRunner.RunIn(_folder.Path, "run", "--config", Path.Combine(RepositoryPaths.Root, "deploy", "gateway.sample.json"), "--check-config");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("'<from the partner>'").And.Contain("Gateway:ApiKey is a placeholder"));
    }
}
