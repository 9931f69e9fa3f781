using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Events;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;

namespace CaseConference.Grains.Conferences;

/// <summary>
/// CL6: a KK's feed reaches every follower alike (the SignalR group, <c>GET …/events</c>), and who
/// may read a client's case record changes over time (a participant only while the KK is open), so
/// the feed carries no case content at all. A recorded decision is a notice with its content
/// withheld; those CL6 allows read the content in the snapshot, which decides per reader and audits.
/// </summary>
internal static class FollowerFeed
{
    public static object Of(IDomainEvent change) =>
        change is DecisionRecorded decision ? decision.WithCaseContentWithheld() : change;

    /// <summary>Events logged before decisions were withheld lose their content when the grain loads them.</summary>
    public static List<FeedEvent> Scrubbed(List<FeedEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Kind == nameof(DecisionRecorded)
                && JsonSerializer.Deserialize<DecisionRecorded>(events[i].Json,
                    WireSerialization.Json) is { Decision.Decision: not null } full)
            {
                events[i] = events[i] with { Json = JsonSerializer.Serialize(full.WithCaseContentWithheld(),
                    WireSerialization.Json) };
            }
        }

        return events;
    }
}
