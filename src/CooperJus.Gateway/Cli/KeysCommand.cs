using System.CommandLine;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus keys generate --kid pe-2026-01 --out keys/pe.key.pem</c>: creates the gateway's ES256 key pair, writes
/// the private key readable by its owner only, and prints the public JWK to give to partners;
/// <c>cooperjus keys public --kid pe-2026-01 --key keys/pe.key.pem</c> prints that JWK again.
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var kid = new Option<string>("--kid") { Description = "Key id partners will see in the JWS header, e.g. pe-2026-01.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the private key (PKCS#8 PEM, mode 0600). Never overwritten.", Required = true };
        var generate = new Command("generate", "Generate the gateway's signing key pair and print its public JWK.") { kid, output };
        generate.SetAction(parse => Generate(parse.GetRequiredValue(kid), parse.GetRequiredValue(output)));
        var publicKid = new Option<string>("--kid") { Description = "The key's id, as in Messaging:KeyId.", Required = true };
        var keyFile = new Option<string>("--key") { Description = "The private key file (as Messaging:PrivateKeyFile).", Required = true };
        var show = new Command("public", "Print the public JWK of an existing private key, to give (again) to partners or to list under Audit:PreviousKeys.") { publicKid, keyFile };
        show.SetAction(parse => ShowPublic(parse.GetRequiredValue(keyFile), parse.GetRequiredValue(publicKid)));
        return new Command("keys", "Manage the gateway's signing keys.") { generate, show };
    }

    private static int ShowPublic(string file, string kid)
    {
        if (!GatewayKey.TryLoad(file, kid, out var key, out var problem)) throw new UsageException(problem);
        using (key) Console.WriteLine(key.ExportPublicJwk());
        return ExitCodes.Success;
    }

    private static int Generate(string kid, string output)
    {
        if (File.Exists(output)) throw new UsageException($"'{output}' already exists: a key file is never overwritten. Choose another path.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var key = GatewayKey.Generate(kid);
        key.SavePrivateKey(output);
        Console.Error.WriteLine($"Private key written to {Path.GetFullPath(output)} (readable by its owner only). Public JWK for your partners:");
        Console.WriteLine(key.ExportPublicJwk());
        return ExitCodes.Success;
    }
}
