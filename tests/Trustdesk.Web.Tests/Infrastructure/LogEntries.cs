using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>A logger provider that keeps what a server logs (at the levels its settings let through), for tests to read.</summary>
public sealed class LogEntries : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> All => [.. _entries];

    public IReadOnlyList<LogEntry> Of(string category) => All.Where(e => e.Category == category).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception)));
    }
}

public sealed record LogEntry(string Category, LogLevel Level, string Message);
