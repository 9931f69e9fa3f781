namespace CaseConference.Contracts.Events;

/// <summary>
/// Receives a feed's events as they happen. Gateways hold one observer per feed they relay, not
/// one per browser; the grain forgets observers that are not renewed (see <see cref="IEventFeed"/>).
/// </summary>
public interface IFeedObserver : IGrainObserver
{
    /// <remarks>
    /// <c>[Immutable]</c>: the batch is built for this call and never changed after, so the proxy
    /// sends it as it is instead of deep-copying it per observer (issue 9's profile: the copy looked
    /// up a copier for the list's runtime type on every event).
    /// </remarks>
    [OneWay]
    Task OnEvents(string feed, [Immutable] IReadOnlyList<FeedEvent> events);
}
