using System.Globalization;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>Canonical JSON pointers built from a parent and an index or a child.</summary>
internal static class Paths
{
    public static string Item(string arrayPath, int index) => string.Create(CultureInfo.InvariantCulture, $"{arrayPath}/{index}");
}
