using System.Text.Json.Nodes;
using CaseConference.Contracts.Events;

namespace CaseConference.Gateway.Live;

/// <summary>
/// One numbered change as the hubs (<c>event(feed, LiveEvent)</c>) and <c>GET /conferences/{id}/events</c>
/// send it: the payload is the event's fields as a JSON object (camelCase), never JSON inside a
/// string, so a client reads it like any other answer. docs/API.md lists the kinds and their payloads.
/// </summary>
/// <param name="Sequence">1, 2, 3 … without gaps within one feed; a gap means: Join again (LV1).</param>
/// <param name="At">When the change was made.</param>
/// <param name="Kind">The event's kind, e.g. <c>MinuteRecorded</c>.</param>
/// <param name="Payload">The event's fields, a JSON object.</param>
public sealed record LiveEvent(long Sequence, DateTimeOffset At, string Kind, JsonObject Payload)
{
    /// <summary>
    /// Grains keep an event's fields as serialized text (stored with the grain's state); the wire gets the object.
    /// </summary>
    public static LiveEvent From(FeedEvent e) => new(e.Sequence, e.At, e.Kind, JsonNode.Parse(e.Json)!.AsObject());
}
