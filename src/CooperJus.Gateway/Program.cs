using System.CommandLine;
using System.Text;
using CooperJus.Gateway.Cli;
using CooperJus.Gateway.Hosting;

// Before anything is written: every file of every command is for the gateway's user and group only.
FilePermissions.WithholdFromOthers();

// The one place Windows code pages (windows-1252, which national exports are often saved in) are made available, for
// every command and every adapter: a plugin never registers anything process-wide.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var root = new RootCommand("CooperJus Gateway: judicial cooperation requests between national systems.")
{
    TranslateCommand.Create(),
    ValidateCommand.Create(),
    RenderCommand.Create(),
    AdaptersCommand.Create(),
    RunCommand.Create(),
    KeysCommand.Create(),
    OutboxCommand.Create(),
    RequestsCommand.Create(),
    AccountsCommand.Create(),
    AuditCommand.Create(),
    StoreCommand.Create(),
    CooperJus.Gateway.Demo.DemoCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("Run `cooperjus --help` for usage.");
    return ExitCodes.Unusable;
}

try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.Unusable;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"cannot read or write a file: {e.Message}");
    return ExitCodes.Unusable;
}
