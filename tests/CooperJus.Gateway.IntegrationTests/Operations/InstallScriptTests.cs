using System.Globalization;
using System.Text.RegularExpressions;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Operations;

/// <summary>
/// <c>deploy/install.sh</c> and <c>deploy/cooperjus-gateway.service</c> as an operator meets them: the plan a dry run
/// prints into a scratch folder (what is published, who owns which folder, the configuration never overwritten, the
/// service enabled only after <c>run --check-config</c>), and the unit checked by <c>systemd-analyze</c> (installed by
/// <c>.ci/run</c> when missing).
/// </summary>
[TestFixture]
[Platform(Exclude = "Win", Reason = "a bash script and a systemd unit")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class InstallScriptTests
{
    private static string Script => Path.Combine(RepositoryPaths.Root, "deploy", "install.sh");

    private static string Unit => Path.Combine(RepositoryPaths.Root, "deploy", "cooperjus-gateway.service");

    [Test]
    public void A_dry_run_of_a_first_install_changes_nothing()
    {
        using var root = new TemporaryFolder();

        var result = DryRun(root.Path);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(Directory.EnumerateFileSystemEntries(root.Path), Is.Empty, "a dry run writes nothing");
        Assert.That(result.Output, Does.Contain("# first install"));
    }

    [Test]
    public void A_first_install_publishes_only_the_gateway_and_the_adapters()
    {
        using var root = new TemporaryFolder();

        var actions = Actions(DryRun(root.Path));

        var builds = actions.Where(a => a.StartsWith("dotnet ", StringComparison.Ordinal)).ToList();
        Assert.That(builds[0], Does.StartWith($"dotnet publish {RepositoryPaths.Root}/src/CooperJus.Gateway -c Release"));
        Assert.That(builds.Skip(1), Is.EquivalentTo(RepositoryPaths.AdapterIds().Select(id =>
            $"dotnet build {RepositoryPaths.Root}/adapters/{id}/CooperJus.Adapters.{id} -c Release -p:AdapterArtifactsRoot={RepositoryPaths.Root}/artifacts/publish/adapters/")));
        Assert.That(actions, Has.None.Contain(".sln").And.None.Contain("Tests").And.None.Contain("Benchmarks"));
        Assert.That(actions, Has.None.StartWith("sudo"), "no sudo: the install part runs as root, the build as the invoking user");
    }

    [Test]
    public void A_first_install_creates_the_user_the_intake_group_and_a_setgid_intake_folder()
    {
        using var root = new TemporaryFolder();
        var data = $"{root.Path}/var/lib/cooperjus";

        var actions = Actions(DryRun(root.Path));

        if (!GroupExists("cooperjus-intake")) Assert.That(actions, Does.Contain("groupadd --system cooperjus-intake"));
        Assert.That(actions, Does.Contain("usermod --append --groups cooperjus-intake cooperjus"));
        Assert.That(actions, Does.Contain($"install -d -o cooperjus -g cooperjus-intake -m 2770 {data}/intake {data}/export"));
        Assert.That(actions, Does.Contain($"install -d -o cooperjus -g cooperjus -m 0750 {data}/keys {data}/audit"));
        Assert.That(actions, Does.Contain($"install -o root -g cooperjus -m 0640 {RepositoryPaths.Root}/deploy/gateway.sample.json {root.Path}/etc/cooperjus/gateway.json"));
        Assert.That(actions, Has.Some.Match(@"^runuser -u cooperjus -- .* keys generate --kid pe-2026-01 --out .*/var/lib/cooperjus/keys/pe-2026-01\.key\.pem$"));
        Assert.That(actions, Does.Contain($"ln -sfn /opt/cooperjus/cooperjus {root.Path}/usr/local/bin/cooperjus"), "cooperjus on the PATH");
    }

    [Test]
    public void The_service_is_enabled_and_started_only_after_check_config()
    {
        using var root = new TemporaryFolder();

        var result = DryRun(root.Path);
        var lines = result.Output.Split('\n').ToList();

        var check = lines.FindIndex(l => Regex.IsMatch(l, @"^\+ runuser -u cooperjus -- .*/opt/cooperjus/cooperjus run --check-config --config .*/etc/cooperjus/gateway\.json$"));
        var enable = lines.FindIndex(l => l == "+ systemctl enable cooperjus-gateway");
        var restart = lines.FindIndex(l => l == "+ systemctl restart cooperjus-gateway");
        Assert.That(check, Is.GreaterThan(0), result.Output);
        Assert.That(lines.Take(check).Where(l => l.StartsWith("+ systemctl", StringComparison.Ordinal)), Is.EqualTo(new[] { "+ systemctl daemon-reload" }), "nothing enabled or started before the check");
        Assert.That(lines[check + 1], Is.EqualTo("# only if the check passes:"));
        Assert.That(enable, Is.GreaterThan(check));
        Assert.That(restart, Is.GreaterThan(enable));
    }

    [Test]
    public void An_upgrade_stops_the_service_first_keeps_the_configuration_and_the_key_and_keeps_the_previous_binaries()
    {
        using var root = new TemporaryFolder();
        Directory.CreateDirectory(root.Combine("opt", "cooperjus"));
        File.WriteAllText(root.Combine("opt", "cooperjus", "cooperjus"), "#!/bin/sh\n");
        MakeExecutable(root.Combine("opt", "cooperjus", "cooperjus"));
        Directory.CreateDirectory(root.Combine("etc", "cooperjus"));
        File.WriteAllText(root.Combine("etc", "cooperjus", "gateway.json"), File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "gateway.sample.json")));
        Directory.CreateDirectory(root.Combine("var", "lib", "cooperjus", "keys"));
        File.WriteAllText(root.Combine("var", "lib", "cooperjus", "keys", "pe-2026-01.key.pem"), "");
        Directory.CreateDirectory(root.Combine("etc", "systemd", "system"));
        File.WriteAllText(root.Combine("etc", "systemd", "system", "cooperjus-gateway.service"), "[Service]\n");

        var result = DryRun(root.Path);
        var actions = Actions(result);

        Assert.That(result.Output, Does.Contain("# upgrade").And.Contain($"# kept {root.Path}/etc/cooperjus/gateway.json (an existing configuration is never overwritten)"));
        Assert.That(actions, Has.None.Contain("gateway.sample.json"));
        Assert.That(actions, Has.None.Contain("keys generate"));
        var stop = actions.IndexOf("systemctl stop cooperjus-gateway");
        var keepPrevious = actions.IndexOf($"mv {root.Path}/opt/cooperjus {root.Path}/opt/cooperjus.previous");
        var replace = actions.IndexOf($"mv {root.Path}/opt/cooperjus.next {root.Path}/opt/cooperjus");
        var keepUnit = actions.IndexOf($"cp -p {root.Path}/etc/systemd/system/cooperjus-gateway.service {root.Path}/opt/cooperjus.previous/cooperjus-gateway.service");
        var replaceUnit = actions.IndexOf($"install -D -m 0644 {RepositoryPaths.Root}/deploy/cooperjus-gateway.service {root.Path}/etc/systemd/system/cooperjus-gateway.service");
        var check = actions.FindIndex(a => a.Contains("run --check-config", StringComparison.Ordinal));
        var restart = actions.IndexOf("systemctl restart cooperjus-gateway");
        var order = new[] { stop, keepPrevious, replace, keepUnit, replaceUnit, check, restart };
        Assert.That(order, Is.All.GreaterThanOrEqualTo(0), result.Output);
        Assert.That(order, Is.Ordered, result.Output);
        Assert.That(result.Output, Does.Contain("are put back and started again (exit 1)"), "the rollback restores the unit with the binaries");
        Assert.That(File.ReadAllText(root.Combine("opt", "cooperjus", "cooperjus")), Is.EqualTo("#!/bin/sh\n"), "a dry run replaces nothing");
    }

    [Test]
    public void A_first_install_keeps_no_unit_and_says_it_exits_3_when_the_check_fails()
    {
        using var root = new TemporaryFolder();

        var result = DryRun(root.Path);

        Assert.That(Actions(result), Has.None.StartWith("cp -p"), "no previous unit to keep");
        Assert.That(result.Output, Does.Contain("on a first install nothing is started (exit 3)"));
        // Outside a dry run the same branch ends the script: the message for the operator, then exit 3 (not 0, which
        // would tell an automated install that the gateway runs).
        var script = File.ReadAllText(Script);
        Assert.That(FirstInstallNotStarted().Match(script).Groups[1].Value, Is.EqualTo("3"), "the last line of the script after the 'Not started' message");
    }

    [Test]
    public void Help_prints_the_comment_block_with_the_exit_codes_and_nothing_of_the_code()
    {
        var result = ExternalCommand.Run(RepositoryPaths.Root, "bash", Script, "--help");
        var lines = result.Output.TrimEnd('\n').Split('\n');

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(lines, Is.All.StartWith("#"), result.Output);
        Assert.That(result.Output, Does.Not.Contain("set -euo pipefail"));
        Assert.That(lines[0], Does.StartWith("# Installs or upgrades CooperJus Gateway"));
        Assert.That(result.Output, Does.Contain("3 first install done but not started").And.Contain("1 upgrade refused by the check")
            .And.Contain("aspnetcore-runtime-10.0"));
    }

    [Test]
    public void The_installing_part_refuses_to_run_without_root_privileges_or_with_root_outside_a_dry_run()
    {
        using var root = new TemporaryFolder();

        var result = ExternalCommand.Run(RepositoryPaths.Root, "bash", Script, "--root", root.Path, "--from", root.Path);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("--root is for --dry-run"));
    }

    [Test]
    public void The_unit_passes_systemd_analyze_verify()
    {
        using var folder = new TemporaryFolder();
        // The executable exists only once installed: verify a copy whose ExecStart names a stand-in.
        var standIn = folder.Combine("cooperjus");
        File.WriteAllText(standIn, "#!/bin/sh\n");
        MakeExecutable(standIn);
        var unit = folder.Combine("cooperjus-gateway.service");
        File.WriteAllText(unit, File.ReadAllText(Unit).Replace("/opt/cooperjus/cooperjus ", standIn + " ", StringComparison.Ordinal));

        var result = ExternalCommand.Run(folder.Path, "systemd-analyze", "verify", "--man=no", unit);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Error, Is.Empty, "no warning (an unknown or misspelt setting is only a warning)");
    }

    [Test]
    public void The_unit_restarts_on_failure_but_not_on_a_refused_configuration()
    {
        var unit = File.ReadAllLines(Unit);

        Assert.That(unit, Does.Contain("Restart=on-failure").And.Contain("RestartPreventExitStatus=2"));
        Assert.That(unit, Has.None.StartWith("MemoryDenyWriteExecute"), "the .NET JIT needs writable executable memory");
    }

    [Test]
    public void The_unit_is_rated_4_0_or_below_by_systemd_analyze_security()
    {
        var result = ExternalCommand.Run(RepositoryPaths.Root, "systemd-analyze", "security", "--offline=yes", Unit);

        var overall = OverallExposure().Match(result.Output);
        Assert.That(overall.Success, Is.True, result.ToString());
        Assert.That(double.Parse(overall.Groups[1].Value, CultureInfo.InvariantCulture), Is.LessThanOrEqualTo(4.0), result.Output);
    }

    private static ExternalCommand.Result DryRun(string root) =>
        ExternalCommand.Run(RepositoryPaths.Root, "bash", Script, "--dry-run", "--root", root);

    /// <summary>The actions a dry run printed ("+ command"), without the "+ ".</summary>
    private static List<string> Actions(ExternalCommand.Result result)
    {
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        // printf %q escapes commas; the plan is compared as a person would read it.
        return result.Output.Split('\n').Where(l => l.StartsWith("+ ", StringComparison.Ordinal)).Select(l => l[2..].Replace("\\,", ",", StringComparison.Ordinal)).ToList();
    }

    private static void MakeExecutable(string file) =>
        new FileInfo(file).UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static bool GroupExists(string name) => File.ReadLines("/etc/group").Any(l => l.StartsWith(name + ":", StringComparison.Ordinal));

    [GeneratedRegex(@"Not started: the configuration is not ready.*?\nEOF\nexit ([0-9]+)\s*$", RegexOptions.Singleline)]
    private static partial Regex FirstInstallNotStarted();

    [GeneratedRegex(@"Overall exposure level for [^:]+: ([0-9]+\.[0-9]+)")]
    private static partial Regex OverallExposure();
}
