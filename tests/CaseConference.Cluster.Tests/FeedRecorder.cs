using CaseConference.Contracts.Events;

namespace CaseConference.Cluster.Tests;

/// <summary>
/// A follower of an event feed, as a gateway is. Pushes are one-way messages, which Orleans may
/// deliver out of order, so the follower puts them back in order by their sequence numbers, as
/// the feed's contract asks of every receiver.
/// </summary>
public sealed class FeedRecorder : IFeedObserver
{
    private readonly List<FeedEvent> arrivals = [];

    /// <summary>Every event pushed, by sequence number, each once.</summary>
    public IReadOnlyList<FeedEvent> Received
    {
        get
        {
            lock (arrivals)
            {
                return [.. arrivals.DistinctBy(e => e.Sequence).OrderBy(e => e.Sequence)];
            }
        }
    }

    /// <summary>How many events were pushed, duplicates included.</summary>
    public int Pushed
    {
        get
        {
            lock (arrivals)
            {
                return arrivals.Count;
            }
        }
    }

    public Task OnEvents(string feed, IReadOnlyList<FeedEvent> events)
    {
        lock (arrivals)
        {
            arrivals.AddRange(events);
        }

        return Task.CompletedTask;
    }
}
