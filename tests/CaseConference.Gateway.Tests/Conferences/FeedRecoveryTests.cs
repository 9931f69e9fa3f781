using CaseConference.Gateway.Live;
using Orleans.Runtime;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>
/// Issue 9, a live feed that recovers with its grain: a KK that reactivated (its silo died, or a
/// failure dropped its activation) has forgotten the gateway's subscription; the gateway renews
/// within seconds, and its heartbeat tells browsers the KK's version so one behind can see it.
/// The test gateway renews every 5 s (<see cref="GatewayFactory"/>).
/// </summary>
public sealed class FeedRecoveryTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private static readonly TimeSpan WithinSeconds = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task Issue9_followers_hear_a_reactivated_KK_within_seconds_even_when_no_event_had_reached_them()
    {
        var kk = await Sessions.InSessionAsync(world);
        await using var peksos = await Participant.ConnectAsync(world, "peksos");
        var version = (await peksos.JoinAsync(kk)).Version;

        await world.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var texts = await PostMinutesAsync(kk, 3, "Setelah aktif lagi");

        await Poll.Until(() => Minutes(peksos.EventsOf(kk)).Count == 3, WithinSeconds,
            "the minutes after the KK reactivated");
        Minutes(peksos.EventsOf(kk)).ShouldBe(texts);
        peksos.EventsOf(kk).Select(e => e.Sequence).ShouldBe([version + 1, version + 2, version + 3]);
    }

    [Fact]
    public async Task Issue9_the_hub_sends_a_heartbeat_with_the_KKs_current_version()
    {
        var kk = await Sessions.InSessionAsync(world);
        await using var medis = await Participant.ConnectAsync(world, "medis");
        var version = (await medis.JoinAsync(kk)).Version;
        await Poll.Until(() => medis.HeartbeatsOf(kk).Contains(version), WithinSeconds,
            "a heartbeat with the joined version");

        await PostMinutesAsync(kk, 2, "Detak");
        await Poll.Until(() => medis.HeartbeatsOf(kk).Contains(version + 2), WithinSeconds,
            "a heartbeat with the new version");
    }

    private async Task<List<string>> PostMinutesAsync(Guid kk, int count, string prefix)
    {
        var secretary = world.As("sekretaris");
        var texts = Enumerable.Range(1, count).Select(i => $"{prefix} {i}").ToList();
        foreach (var text in texts)
        {
            (await secretary.Post($"/api/v1/conferences/{kk}/minutes", new { text })).EnsureSuccessStatusCode();
        }

        return texts;
    }

    private static List<string> Minutes(IEnumerable<LiveEvent> events) =>
        [.. events.Where(e => e.Kind == "MinuteRecorded").Select(e => e.Payload["entry"]!["text"]!.GetValue<string>())];
}
