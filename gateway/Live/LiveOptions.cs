using CaseConference.Contracts.Events;

namespace CaseConference.Gateway.Live;

/// <summary>Configuration section <c>Live</c>: how the gateway follows grain feeds.</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>How often each subscription is renewed: well inside the grain's expiry, and after restarts.</summary>
    public TimeSpan Renewal { get; set; } = FeedSubscription.Renewal;

    /// <summary>Events buffered per feed between the grain and the sending pump; past it they are fetched again from the grain.</summary>
    public int BufferPerFeed { get; set; } = 1024;
}
