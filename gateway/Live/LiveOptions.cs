namespace CaseConference.Gateway.Live;

/// <summary>Configuration section <c>Live</c>: how the gateway follows grain feeds.</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>
    /// How often each subscription is renewed, caught up and announced to browsers with a
    /// heartbeat: a grain that reactivated (its silo died, or it dropped an activation after a
    /// failure) forgot its observers, and this bounds how long its followers stay silent.
    /// </summary>
    public TimeSpan Renewal { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// After a renewal failed or the gateway's silo connections changed: the next try comes this soon.
    /// </summary>
    public TimeSpan RecoveryRetry { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Events buffered per feed between the grain and the sending pump; past it they are fetched again from the grain.
    /// </summary>
    public int BufferPerFeed { get; set; } = 1024;
}
