using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>
/// What a gateway in this process logs from now on, kept in memory: added to a running host's logger factory, it sees
/// every message its filters let through (set <c>Logging:LogLevel:&lt;category&gt;</c> to choose).
/// </summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLine> _lines = new();

    /// <summary>Every line so far, in order.</summary>
    public IReadOnlyList<CapturedLine> Lines => [.. _lines];

    /// <summary>Starts capturing what <paramref name="host"/> logs.</summary>
    public static CapturedLog Of(WebApplication host)
    {
        var log = new CapturedLog();
        host.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
        return log;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log._lines.Enqueue(new CapturedLine(category, logLevel, eventId.Id, formatter(state, exception)));
    }
}
