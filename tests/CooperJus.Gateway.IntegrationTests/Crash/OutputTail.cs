namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>The last lines a child process printed on one stream, across all its incarnations, for failure messages.</summary>
internal sealed class OutputTail
{
    private readonly Queue<string> _lines = new();
    private readonly int _capacity;
    private readonly Lock _lock = new();

    public OutputTail(int capacity) => _capacity = capacity;

    public void Add(string line)
    {
        lock (_lock)
        {
            _lines.Enqueue(line);
            while (_lines.Count > _capacity) _lines.Dequeue();
        }
    }

    /// <summary>The lines kept, as printed.</summary>
    public string Text
    {
        get
        {
            lock (_lock) return string.Join(Environment.NewLine, _lines);
        }
    }

    public override string ToString()
    {
        lock (_lock) return _lines.Count == 0 ? "    (nothing)" : string.Join(Environment.NewLine, _lines.Select(l => "    " + l));
    }
}
