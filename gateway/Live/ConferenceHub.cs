using CaseConference.Contracts.Conferences;
using CaseConference.Gateway.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CaseConference.Gateway.Live;

/// <summary>
/// /hubs/conference (LV1). <see cref="Join"/> checks the caller may follow the KK (participants and
/// the pimpinan; another panti's KK is "not found"), then adds the connection to the KK's group
/// and returns a snapshot with its version. Events then arrive as <c>event(feed, LiveEvent)</c>
/// numbered from version + 1; a browser that sees a gap, or reconnects, calls Join again. Every few
/// seconds <c>heartbeat(feed, version)</c> says where the KK stands, so a browser behind it catches up.
/// </summary>
[Authorize]
public sealed class ConferenceHub(IClusterClient cluster, FeedRelay<ConferenceHub> relay, LiveSessionGuard guard) : Hub
{
    public static string Feed(Guid conferenceId) => $"conference:{conferenceId}";

    public Task<ConferenceSnapshot> Join(Guid conferenceId) => HubRefusals.Guard(async () =>
    {
        await guard.RequireLive(Context);
        var caller = Context.User!.Caller();
        var kk = cluster.GetGrain<IConferenceGrain>(conferenceId);
        await kk.Version(caller); // authorization before the connection hears anything
        await relay.Follow(Feed(conferenceId), kk, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Feed(conferenceId));
        // Taken after joining the group, so no event falls between snapshot and stream. CL6 and its
        // audit apply here as to GET /conferences/{id}: content the caller may not read now is withheld.
        var snapshot = await kk.Snapshot(caller);
        relay.Seen(Feed(conferenceId), snapshot.Version);
        return snapshot;
    });

    public async Task Leave(Guid conferenceId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Feed(conferenceId));
        relay.Leave(Feed(conferenceId), Context.ConnectionId);
    }

    public override Task OnConnectedAsync()
    {
        guard.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        guard.Remove(Context.ConnectionId);
        relay.LeaveAll(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
