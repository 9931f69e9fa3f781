namespace CaseConference.Contracts.Events;

/// <summary>A grain whose changes can be followed live and caught up on after a gap.</summary>
public interface IEventFeed
{
    /// <summary>
    /// Adds or renews a subscription. Subscriptions expire after
    /// <see cref="FeedSubscription.Expiry"/>; renew well inside it, and after a restart.
    /// </summary>
    Task Subscribe(IFeedObserver observer);

    Task Unsubscribe(IFeedObserver observer);

    /// <summary>Events after <paramref name="sequence"/>, in order (empty when up to date).</summary>
    Task<IReadOnlyList<FeedEvent>> EventsSince(long sequence);
}

public static class FeedSubscription
{
    /// <summary>How long a grain keeps an observer that has not renewed.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(3);

    /// <summary>How often a subscriber renews: well inside the expiry.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromMinutes(1);
}
