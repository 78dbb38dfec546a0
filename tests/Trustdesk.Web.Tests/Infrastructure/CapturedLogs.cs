using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>One line of a server's log: what an operator would read, and whether a stack trace came with it.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

/// <summary>
/// Every entry a server logs at the levels its configuration lets through (<see cref="TrustdeskServer"/>: Warning and
/// up), for tests that assert what the log says. Register with <c>services.AddSingleton&lt;ILoggerProvider&gt;(logs)</c>.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>The entries of one logger category (e.g. a class's full name).</summary>
    public IReadOnlyList<LogEntry> Of(string category) => Entries.Where(e => e.Category == category).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
