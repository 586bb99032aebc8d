using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Core.Tests.Support;

/// <summary>The keyed person terms the tests index and search with: one fixed key, so a test can compute expected terms.</summary>
internal static class TestSearchTerms
{
    /// <summary>Terms under a fixed 32-byte test key.</summary>
    public static PersonSearchTerms Fixed { get; } = new(Enumerable.Range(1, PersonSearchTerms.KeyBytes).Select(i => (byte)i).ToArray());
}
