using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PolicyGraph.Web.Tests;

/// <summary>One log event as the host wrote it: category, event name, the formatted message and its structured properties.</summary>
public sealed record LogEvent(string Category, string? EventName, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A logger provider that keeps every event, for tests to read.</summary>
public sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _events);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<LogEvent> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Where(p => p.Key != "{OriginalFormat}").ToDictionary(p => p.Key, p => p.Value)
                : [];
            events.Enqueue(new LogEvent(category, eventId.Name, logLevel, formatter(state, exception), properties));
        }
    }
}
