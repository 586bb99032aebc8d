using System.CommandLine;
using System.Text;
using CooperJus.Gateway.Web;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus accounts hash-password</c>: reads a password from standard input (never from the command line, where
/// the shell history and the process list would keep it) and prints the salted hash to put in
/// <c>AuditorView:Accounts:n:PasswordHash</c>. At a terminal it asks twice without echo; piped, it reads one line.
/// </summary>
internal static class AccountsCommand
{
    /// <summary>Shorter passwords are refused: the hash is slow, not magic.</summary>
    public const int MinimumLength = 12;

    public static Command Create()
    {
        var hash = new Command("hash-password", "Read a password from standard input and print its salted hash (PBKDF2-SHA256) for the auditor view's configuration.");
        hash.SetAction(_ => HashPassword());
        return new Command("accounts", "Manage the auditor view's accounts.") { hash };
    }

    private static int HashPassword()
    {
        var password = Console.IsInputRedirected ? Console.In.ReadLine() ?? "" : Prompted();
        if (password.Length < MinimumLength) throw new UsageException($"The password must have at least {MinimumLength} characters; nothing was printed.");
        Console.WriteLine(PasswordHashing.Hash(password));
        Console.Error.WriteLine("""Put it in the configuration: "AuditorView": { "Enabled": true, "Accounts": [ { "Name": "...", "Role": "auditor" or "operator", "PasswordHash": "<the line above>" } ] }""");
        return ExitCodes.Success;
    }

    private static string Prompted()
    {
        var first = ReadHidden("Password: ");
        var again = ReadHidden("Same password again: ");
        return first == again ? first : throw new UsageException("The two passwords differ; nothing was printed.");
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0) text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
