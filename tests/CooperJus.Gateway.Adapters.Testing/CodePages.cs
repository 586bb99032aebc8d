using System.Text;

namespace CooperJus.Gateway.Adapters.Testing;

/// <summary>
/// The legacy code pages (Windows-1252, ISO-8859-1 aside) that .NET only knows once their provider is registered,
/// for tests that write files the way older national installations do.
/// </summary>
public static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, the code page of older Latin American and Spanish exports.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary><paramref name="text"/> in Windows-1252.</summary>
    public static byte[] Windows1252Bytes(string text) => Windows1252.GetBytes(text);

    /// <summary>Any encoding by name or code page (<c>windows-1252</c>, <c>ibm850</c>), with the code pages registered.</summary>
    public static Encoding Get(string name) => Encoding.GetEncoding(name);
}
