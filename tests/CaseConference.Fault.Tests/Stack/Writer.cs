using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseConference.Fault.Tests.Stack;

/// <summary>
/// A secretary writing minute entries to one KK as fast as answers come (with a short pause),
/// each text new: a failed post is not retried, so an entry acknowledged once can only be stored
/// once, and any copy or loss is the system's.
/// </summary>
public sealed class Writer(HttpClient api, Guid conference, string prefix)
{
    private readonly List<string> acknowledged = [];
    private readonly List<DateTime> acknowledgedAt = [];
    private readonly List<Failure> failures = [];

    public Guid Conference => conference;

    /// <summary>A request that was not acknowledged: its status and problem code, or the transport error.</summary>
    public sealed record Failure(string Text, int? Status, string? ContentType, string? Code, TimeSpan Took,
        string? Error, DateTime At);

    public IReadOnlyList<string> Acknowledged
    {
        get
        {
            lock (acknowledged)
            {
                return [.. acknowledged];
            }
        }
    }

    public IReadOnlyList<Failure> Failures
    {
        get
        {
            lock (failures)
            {
                return [.. failures];
            }
        }
    }

    public DateTime LastAcknowledgedAt { get; private set; }

    /// <summary>
    /// The first acknowledgement after a moment (a request in flight may hold the next write back until it times out).
    /// </summary>
    public DateTime FirstAcknowledgedAfter(DateTime moment)
    {
        lock (acknowledged)
        {
            return acknowledgedAt.Where(t => t > moment).DefaultIfEmpty(DateTime.MaxValue).Min();
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        // A secretary's pace: about ten entries a second, whatever each answer took.
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var text = $"{prefix} {n}";
            var clock = Stopwatch.StartNew();
            try
            {
                var response = await api.PostAsJsonAsync($"/api/v1/conferences/{conference}/minutes", new { text },
                    CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    lock (acknowledged)
                    {
                        acknowledged.Add(text);
                        acknowledgedAt.Add(DateTime.UtcNow);
                    }

                    LastAcknowledgedAt = DateTime.UtcNow;
                }
                else
                {
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    string? code = null;
                    try
                    {
                        code = JsonNode.Parse(body)?["code"]?.GetValue<string>();
                    }
                    catch (System.Text.Json.JsonException)
                    {
                    }

                    Add(new Failure(text, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                        code, clock.Elapsed, body, DateTime.UtcNow));
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Add(new Failure(text, null, null, null, clock.Elapsed, e.Message, DateTime.UtcNow));
            }

            try
            {
                await pace.WaitForNextTickAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Add(Failure failure)
    {
        lock (failures)
        {
            failures.Add(failure);
        }
    }
}
