using System.Text;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>Windows-1252, for writing test files the way older SGF installations do.</summary>
internal static class CodePagesEncoding
{
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static byte[] GetBytes(string text) => Windows1252.GetBytes(text);
}
