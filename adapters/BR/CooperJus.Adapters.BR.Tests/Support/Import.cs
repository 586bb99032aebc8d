using System.Text;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>Reads files, strings and bytes through the adapter, collecting every result.</summary>
internal static class Import
{
    public static List<RecordResult> File(string path) => [.. TestAdapter.Create().Read(SourceFile.FromPath(path))];

    public static List<RecordResult> Text(string json, string name = "pedidos_test.json") => Bytes(Encoding.UTF8.GetBytes(json), name);

    public static List<RecordResult> Bytes(byte[] bytes, string name = "pedidos_test.json") =>
        [.. TestAdapter.Create().Read(SourceFile.FromBytes(name, bytes))];
}
