using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CaseConference.Gateway.Tests;

/// <summary>Keeps every log line a gateway writes, with its exception and every scope value, as text.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Capturing(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var text =
                new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            Append(text, state);
            owner.scopes.ForEachScope((scope, b) => Append(b, scope), text);
            owner.lines.Enqueue(text.ToString());
        }

        private static void Append(System.Text.StringBuilder text, object? value)
        {
            text.Append(" | ").Append(value);
            if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, item) in pairs)
                {
                    text.Append(' ').Append(key).Append('=').Append(item);
                }
            }
        }
    }
}
