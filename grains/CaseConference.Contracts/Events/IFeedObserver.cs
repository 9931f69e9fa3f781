namespace CaseConference.Contracts.Events;

/// <summary>
/// Receives a feed's events as they happen. Gateways hold one observer per feed they relay, not
/// one per browser; the grain forgets observers that are not renewed (see <see cref="IEventFeed"/>).
/// </summary>
public interface IFeedObserver : IGrainObserver
{
    [OneWay]
    Task OnEvents(string feed, IReadOnlyList<FeedEvent> events);
}
