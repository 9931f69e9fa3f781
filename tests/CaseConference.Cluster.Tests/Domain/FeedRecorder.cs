using CaseConference.Contracts.Events;

namespace CaseConference.Cluster.Tests.Domain;

/// <summary>A follower of an event feed, as a gateway is: it keeps every event pushed to it, in arrival order.</summary>
public sealed class FeedRecorder : IFeedObserver
{
    private readonly List<FeedEvent> received = [];

    public IReadOnlyList<FeedEvent> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public Task OnEvents(string feed, IReadOnlyList<FeedEvent> events)
    {
        lock (received)
        {
            received.AddRange(events);
        }

        return Task.CompletedTask;
    }
}
