using System.Text.RegularExpressions;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>The shapes of the identifiers the protocol uses, in one place so the schemas, options and verifiers agree.</summary>
internal static partial class Identifiers
{
    /// <summary>Words for the gateway id shape, for error messages.</summary>
    public const string GatewayIdShape = "1 to 64 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit";

    /// <summary>Words for the key id shape, for error messages.</summary>
    public const string KeyIdShape = "1 to 128 letters, digits, dots, underscores, colons or hyphens";

    public static bool IsGatewayId(string? value) => value is not null && GatewayId().IsMatch(value);

    public static bool IsKeyId(string? value) => value is not null && KeyId().IsMatch(value);

    public static bool IsMessageId(string? value) => value is not null && MessageId().IsMatch(value);

    public static bool IsSha256Hex(string? value) => value is not null && Sha256Hex().IsMatch(value);

    public static bool IsRuleId(string? value) => value is not null && RuleId().IsMatch(value);

    // \z rather than $: in .NET $ also matches before a final line feed.
    [GeneratedRegex(@"^[a-z0-9]([a-z0-9.-]{0,62}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex GatewayId();

    [GeneratedRegex(@"^[A-Za-z0-9._:-]{1,128}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyId();

    [GeneratedRegex(@"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MessageId();

    [GeneratedRegex(@"^[0-9a-f]{64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Hex();

    [GeneratedRegex(@"^[a-z0-9]+([.-][a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();
}
