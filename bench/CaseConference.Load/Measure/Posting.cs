using System.Diagnostics;

namespace CaseConference.Load.Measure;

/// <summary>
/// The three ways the tool posts: one at a time, a fixed number in flight, and at a fixed rate (open loop).
/// </summary>
public sealed class Posting(DeliveryClock clock, int textLength)
{
    private long serial;

    /// <summary>
    /// A new text of the run's entry length; its number makes it unique, so its deliveries can be timed.
    /// </summary>
    public string Text(string label)
    {
        var head = $"[{label} {Interlocked.Increment(ref serial)}] ";
        const string Filler =
            "Klien mengikuti bimbingan sosial dengan baik; peksos mengusulkan tinjauan ulang rencana intervensi bulan depan. ";
        var text = new System.Text.StringBuilder(head);
        while (text.Length < textLength)
        {
            text.Append(Filler);
        }

        return text.ToString(0, Math.Max(textLength, head.Length));
    }

    public async Task<bool> OneAsync(IPostTarget target, int feed, Phase phase)
    {
        var text = Text(phase.Name);
        var sentAt = clock.Sent(text, phase);
        string? error;
        try
        {
            error = await target.PostAsync(feed, text);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            error = e.GetType().Name + ": " + e.Message;
        }

        if (error is null)
        {
            phase.Acks.Add(Latencies.Since(sentAt));
            return true;
        }

        phase.Error(error);
        return false;
    }

    public async Task SerialAsync(IPostTarget target, int feed, int count, Phase phase)
    {
        for (var i = 0; i < count; i++)
        {
            await OneAsync(target, feed, phase);
        }
    }

    public Task InFlightAsync(IPostTarget target, int feed, int count, int inFlight, Phase phase) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight },
            async (_, _) => await OneAsync(target, feed, phase));

    /// <summary>
    /// Posts at <paramref name="perSecond"/> for <paramref name="length"/>, round robin over the
    /// target's feeds, each post on schedule whether or not earlier ones were answered (open loop:
    /// a slow server meets more work, as with real secretaries, instead of slowing the clock).
    /// </summary>
    public async Task OpenLoopAsync(IPostTarget target, int perSecond, TimeSpan length, Phase phase)
    {
        var total = (int)(perSecond * length.TotalSeconds);
        var posts = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var feed = i % target.Feeds;
            posts.Add(Task.Run(() => OneAsync(target, feed, phase)));
        }

        await Task.WhenAll(posts);
    }
}
