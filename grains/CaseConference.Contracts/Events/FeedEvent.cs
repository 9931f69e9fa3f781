namespace CaseConference.Contracts.Events;

/// <summary>
/// One numbered change of a conference or of a panti's schedule, as participants see it.
/// <see cref="Sequence"/> starts at 1 and has no gaps within one feed, so a receiver that sees a
/// gap knows it missed something and fetches a snapshot (LV1).
/// </summary>
/// <param name="Kind">The event's type name, e.g. <c>MinuteRecorded</c>.</param>
/// <param name="Json">The event's fields as JSON (camelCase), ready for the browser.</param>
[GenerateSerializer, Immutable]
public sealed record FeedEvent(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Json);
