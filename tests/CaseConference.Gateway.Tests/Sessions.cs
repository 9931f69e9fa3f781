using System.Net;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;

namespace CaseConference.Gateway.Tests;

/// <summary>KK steps through the HTTP API, as a script would drive them.</summary>
public static class Sessions
{
    /// <summary>Participants of a KK planned by <see cref="PlanUrgentAsync"/> and their capacity.</summary>
    public static readonly (string Role, Capacity Capacity)[] Participants =
    [
        ("pimpinan", Capacity.PersonInCharge), ("sekretaris", Capacity.Secretary), ("peksos", Capacity.Organiser),
        ("psikolog", Capacity.Organiser), ("medis", Capacity.Organiser), ("anggota", Capacity.Member),
    ];

    /// <summary>
    /// KK6: an urgent KK requested and approved (24-hour rule waived) with the standing participants
    /// invited. It starts within the hour, so it may open at once (KK4).
    /// </summary>
    public static Task<Guid> PlanUrgentAsync(GatewayWorld world, params (string Role, Capacity Capacity)[] extra) =>
        PlanUrgentAsync(world, DateTimeOffset.UtcNow.AddMinutes(30), extra);

    public static async Task<Guid> PlanUrgentAsync(GatewayWorld world, DateTimeOffset start,
        params (string Role, Capacity Capacity)[] extra)
    {
        var pimpinan = world.As("pimpinan");
        var snapshot = await (await pimpinan.Post("/api/v1/conferences/urgent",
            new { start, reason = "Klien kabur semalam; perlu keputusan segera." })).Read<ConferenceSnapshot>();
        var id = snapshot.Conference.Id;
        Ok(await pimpinan.Post($"/api/v1/conferences/{id}/approval", new { waivePreCirculation = true }));
        foreach (var (role, capacity) in Participants.Concat(extra))
        {
            Ok(await pimpinan.Post($"/api/v1/conferences/{id}/participants",
                new { staffId = GatewayWorld.StaffId(role), capacity }));
        }

        return id;
    }

    /// <summary>KK8/KK2: the secretary records everyone present, then the chair in turn opens the session.</summary>
    public static async Task<Guid> InSessionAsync(GatewayWorld world, params (string Role, Capacity Capacity)[] extra)
    {
        var id = await PlanUrgentAsync(world, extra);
        await OpenAsync(world, id);
        return id;
    }

    public static async Task OpenAsync(GatewayWorld world, Guid id)
    {
        await AttendAsync(world, id);
        // KK2: the rotation is the panti's, shared with other tests; whoever is in turn succeeds, the others are
        // refused.
        foreach (var chair in new[] { "peksos", "psikolog", "medis" })
        {
            var opened = await world.As(chair).Post($"/api/v1/conferences/{id}/open",
                new { lateItemRulings = Array.Empty<object>() });
            if (opened.StatusCode == HttpStatusCode.NoContent)
            {
                return;
            }
        }

        throw new InvalidOperationException("No core member could open the session.");
    }

    public static async Task AttendAsync(GatewayWorld world, Guid id)
    {
        var secretary = world.As("sekretaris");
        foreach (var (role, _) in Participants)
        {
            Ok(await secretary.Put($"/api/v1/conferences/{id}/attendance/{GatewayWorld.StaffId(role)}",
                new { mode = "Present" }, await ETagAsync(world, id)));
        }
    }

    public static async Task<string> ETagAsync(GatewayWorld world, Guid conferenceId)
    {
        var response = await world.As("pimpinan").GetAsync($"/api/v1/conferences/{conferenceId}");
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.Tag;
    }

    public static async Task<ConferenceSnapshot> SnapshotAsync(GatewayWorld world, Guid conferenceId) =>
        await (await world.As("pimpinan").GetAsync($"/api/v1/conferences/{conferenceId}")).Read<ConferenceSnapshot>();

    private static void Ok(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {response.Content.ReadAsStringAsync().Result}");
        }
    }
}
