using System.Collections.Concurrent;
using System.Diagnostics;

namespace CaseConference.Load.Measure;

/// <summary>
/// When each post was sent, by its text (unique per post), so a listener that receives the text
/// records the time from the send to its own receipt: delivery as a participant sees it.
/// </summary>
public sealed class DeliveryClock
{
    private readonly ConcurrentDictionary<string, (Phase Phase, long SentAt)> sent = new(StringComparer.Ordinal);

    public long Sent(string text, Phase phase)
    {
        var now = Stopwatch.GetTimestamp();
        sent[text] = (phase, now);
        return now;
    }

    public void Received(string text)
    {
        if (sent.TryGetValue(text, out var post))
        {
            post.Phase.Delivery(Latencies.Since(post.SentAt));
        }
    }

    public void Forget() => sent.Clear();
}
