using System.Text.Json;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>LV1 over the real hub: order, no gaps, catch-up, isolation, two gateways.</summary>
public sealed class ConferenceHubTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task LV1_five_participants_see_fifty_minutes_in_the_same_order_without_a_gap()
    {
        var kk = await Sessions.InSessionAsync(world);
        var participants = new List<Participant>();
        var versions = new List<long>();
        foreach (var role in new[] { "pimpinan", "peksos", "psikolog", "medis", "anggota" })
        {
            var p = await Participant.ConnectAsync(world, role);
            participants.Add(p);
            versions.Add((await p.JoinAsync(kk)).Version);
        }

        var texts = await PostMinutesAsync(kk, 50, "Catatan");

        foreach (var (p, version) in participants.Zip(versions))
        {
            await Poll.Until(() => Minutes(p.EventsOf(kk)).Count >= 50, Deadline, "fifty minutes at every participant");
            var events = p.EventsOf(kk).Where(e => e.Sequence > version).ToList();
            events.Select(e => e.Sequence)
                .ShouldBe(Enumerable.Range((int)version + 1, events.Count).Select(i => (long)i));
            Minutes(events).ShouldBe(texts);
            await p.DisposeAsync();
        }
    }

    /// <summary>
    /// Issue 7, the API contract: an event's fields arrive as a JSON object, not JSON inside a string.
    /// </summary>
    [Fact]
    public async Task LV1_an_events_payload_is_a_json_object_on_the_hub_and_in_the_catch_up_read()
    {
        var kk = await Sessions.InSessionAsync(world);
        await using var medis = await Participant.ConnectAsync(world, "medis");
        var version = (await medis.JoinAsync(kk)).Version;

        var texts = await PostMinutesAsync(kk, 2, "Objek");

        await Poll.Until(() => medis.RawEventsOf(kk).Count >= 2, Deadline, "two events at the participant");
        var live = medis.RawEventsOf(kk).ToArray();

        var read = JsonDocument.Parse(await world.As("medis")
            .GetStringAsync($"/api/v1/conferences/{kk}/events?after={version}")).RootElement;
        foreach (var events in new[] { live, read.EnumerateArray().ToArray() })
        {
            events.Length.ShouldBe(2);
            events.Select(e => e.GetProperty("kind").GetString()).ShouldAllBe(k => k == nameof(MinuteRecorded));
            events.Select(e => e.GetProperty("sequence").GetInt64()).ShouldBe([version + 1, version + 2]);
            events.Where(e => e.TryGetProperty("json", out var text)).ShouldBeEmpty();
            events.Select(e => e.GetProperty("payload").ValueKind).ShouldAllBe(k => k == JsonValueKind.Object);
            events.Select(e => e.GetProperty("payload").GetProperty("entry").GetProperty("text").GetString())
                .ShouldBe(texts);
        }
    }

    [Fact]
    public async Task LV1_a_participant_disconnected_for_ten_entries_catches_up_from_a_snapshot()
    {
        var kk = await Sessions.InSessionAsync(world);
        var medis = await Participant.ConnectAsync(world, "medis");
        await medis.JoinAsync(kk);
        await PostMinutesAsync(kk, 5, "Sebelum");
        await Poll.Until(() => Minutes(medis.EventsOf(kk)).Count == 5, Deadline, "the first five minutes");
        var lastSeen = medis.EventsOf(kk).Max(e => e.Sequence);
        await medis.DisposeAsync();

        var missed = await PostMinutesAsync(kk, 10, "Terlewat");

        await using var back = await Participant.ConnectAsync(world, "medis");
        var snapshot = await back.JoinAsync(kk);
        snapshot.Version.ShouldBe(lastSeen + 10);
        snapshot.Conference.Minutes.Select(m => m.Text).TakeLast(10).ShouldBe(missed);
        var after = await PostMinutesAsync(kk, 3, "Sesudah");
        await Poll.Until(() => Minutes(back.EventsOf(kk)).Count == 3, Deadline, "the minutes after reconnecting");
        back.EventsOf(kk).Select(e => e.Sequence)
            .ShouldBe([snapshot.Version + 1, snapshot.Version + 2, snapshot.Version + 3]);
        Minutes(back.EventsOf(kk)).ShouldBe(after);
    }

    [Fact]
    public async Task LV1_a_participant_of_another_KK_receives_none_of_its_events_and_cannot_join_it()
    {
        var kk = await Sessions.InSessionAsync(world);
        var other = await Sessions.PlanUrgentAsync(world, ("staf", Capacity.InvitedStaff));
        await using var staf = await Participant.ConnectAsync(world, "staf");
        await staf.JoinAsync(other);
        var refused = await Should.ThrowAsync<HubException>(() => staf.JoinAsync(kk));
        refused.Message.ShouldContain("not_participant");

        await using var foreign = await Participant.ConnectAsync(world, GatewayWorld.Foreign);
        (await Should.ThrowAsync<HubException>(() => foreign.JoinAsync(kk))).Message.ShouldContain("not_found");

        await using var witness = await Participant.ConnectAsync(world, "sekretaris");
        await witness.JoinAsync(kk);
        await PostMinutesAsync(kk, 10, "Rahasia");
        await Poll.Until(() => Minutes(witness.EventsOf(kk)).Count == 10, Deadline, "the minutes at a participant");
        staf.Received.ShouldAllBe(r => r.Feed == $"conference:{other}");
        foreign.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task LV1_with_two_gateways_participants_on_both_see_every_entry_through_one_subscription_each()
    {
        var kk = await Sessions.InSessionAsync(world);
        var second = world.SecondGateway();
        await using var onFirst = await Participant.ConnectAsync(world, "peksos");
        await using var alsoOnFirst = await Participant.ConnectAsync(world, "psikolog");
        await using var onSecond = await Participant.ConnectAsync(world, "medis", second);
        await using var alsoOnSecond = await Participant.ConnectAsync(world, "anggota", second);
        foreach (var p in new[] { onFirst, alsoOnFirst, onSecond, alsoOnSecond })
        {
            await p.JoinAsync(kk);
        }

        var texts = await PostMinutesAsync(kk, 20, "Dua gateway");

        foreach (var p in new[] { onFirst, alsoOnFirst, onSecond, alsoOnSecond })
        {
            await Poll.Until(() => Minutes(p.EventsOf(kk)).Count == 20, Deadline, "twenty minutes on both gateways");
            Minutes(p.EventsOf(kk)).ShouldBe(texts);
        }

        foreach (var gateway in new[] { world.Gateway, second })
        {
            gateway.Services.GetRequiredService<FeedRelay<ConferenceHub>>()
                .Subscriptions.Count(f => f == $"conference:{kk}").ShouldBe(1);
        }
    }

    [Fact]
    public async Task LV1_after_the_grain_forgot_its_observers_the_renewal_resubscribes_and_delivers_what_was_missed()
    {
        var kk = await Sessions.InSessionAsync(world);
        await using var peksos = await Participant.ConnectAsync(world, "peksos");
        var version = (await peksos.JoinAsync(kk)).Version;
        var before = await PostMinutesAsync(kk, 3, "Sebelum");
        await Poll.Until(() => Minutes(peksos.EventsOf(kk)).Count == 3, Deadline, "minutes before the restart");

        // The conference's activation goes away with its in-memory observer list, as on a silo restart.
        await world.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var during = await PostMinutesAsync(kk, 3, "Selama");

        await Poll.Until(() => Minutes(peksos.EventsOf(kk)).Count == 6, Deadline, "missed minutes after the renewal");
        Minutes(peksos.EventsOf(kk)).ShouldBe([.. before, .. during]);
        peksos.EventsOf(kk).Select(e => e.Sequence)
            .ShouldBe(Enumerable.Range((int)version + 1, peksos.EventsOf(kk).Count).Select(i => (long)i));
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
