using System.Collections.Concurrent;

namespace CooperJus.Gateway.Sdk.Caching;

/// <summary>
/// A thread-safe memo of a pure function of a string: the SDK's helpers are called with the same few values again and
/// again (a country name, a document type, a canonical path), and their answer never changes. It stops growing at
/// <c>capacity</c> keys, so text that never repeats cannot fill memory; past that the function is simply called.
/// </summary>
internal sealed class BoundedCache<TValue>
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private int _count;

    public BoundedCache(int capacity) => _capacity = capacity;

    /// <summary>The value for <paramref name="key"/>, from the cache or else from <paramref name="compute"/>.</summary>
    public TValue Get(string key, Func<string, TValue> compute)
    {
        if (_values.TryGetValue(key, out var value)) return value;
        value = compute(key);
        // The count is a plain counter, not ConcurrentDictionary.Count, which takes every lock.
        if (Volatile.Read(ref _count) < _capacity && _values.TryAdd(key, value)) Interlocked.Increment(ref _count);
        return value;
    }
}
