using System.Diagnostics;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary><c>cooperjus accounts hash-password</c> reads the password from standard input and prints a hash that signs in.</summary>
[TestFixture]
public sealed class AccountsCommandTests
{
    [Test]
    public void Prints_a_hash_of_the_password_read_from_standard_input()
    {
        var (exitCode, output, _) = HashPassword("a password long enough\n");

        Assert.That(exitCode, Is.Zero);
        Assert.That(PasswordHashing.TryParse(output.Trim(), out var hash, out var problem), Is.True, problem);
        Assert.That(PasswordHashing.Verify("a password long enough", hash!), Is.True);
        Assert.That(output, Does.Not.Contain("a password long enough"));
    }

    [Test]
    public void Refuses_a_short_password_and_prints_no_hash()
    {
        var (exitCode, output, error) = HashPassword("short\n");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain("at least 12 characters"));
    }

    private static (int ExitCode, string Output, string Error) HashPassword(string input)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "cooperjus.dll"));
        start.ArgumentList.Add("accounts");
        start.ArgumentList.Add("hash-password");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start cooperjus");
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("cooperjus accounts hash-password did not finish within a minute");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
