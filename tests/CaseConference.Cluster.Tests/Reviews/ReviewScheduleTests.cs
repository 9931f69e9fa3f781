using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Events;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Reviews;
using Shouldly;

namespace CaseConference.Cluster.Tests.Reviews;

/// <summary>RV4 and LV2 through the grains: one ordered schedule per panti, followed live.</summary>
public sealed class ReviewScheduleTests : IAsyncLifetime
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task RV4_reviews_by_due_date_and_upcoming_kks_form_one_ordered_list_with_status()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clients = new List<Guid>();
        foreach (var name in new[] { "Slamet", "Budi", "Wawan" }) // placed on 7, 14 and 21 January
        {
            var client = await panti.NewClientAwaitingPlacementAsync(name, $"REG-{name}");
            await panti.PlaceAsync(client);
            clients.Add(client);
        }

        await panti.CancelPlannedKksBeforeAsync(new DateTimeOffset(2026, 4, 1, 0, 0, 0, Wib));
        world.AdvanceTo(new DateTimeOffset(2026, 4, 3, 10, 0, 0, Wib)); // Friday
        await panti.Schedule.Replan();

        var view = await panti.Schedule.View(panti.Staf);
        var kk8April = view.Entries.Single(e => e.LocalDate == new DateOnly(2026, 4, 8)).Id;
        var kk15April = view.Entries.Single(e => e.LocalDate == new DateOnly(2026, 4, 15)).Id;
        view.Entries.Select(e => e.SortKey).ShouldBeInOrder();
        view.Entries.Select(e => (e.Kind, e.Id, e.LocalDate, e.Status)).ShouldBe([
            (ScheduleEntryKind.ClientReview, clients[0], new DateOnly(2026, 4, 7), ReviewStatus.DueSoon),
            (ScheduleEntryKind.Conference, kk8April, new DateOnly(2026, 4, 8), null),
            (ScheduleEntryKind.ClientReview, clients[1], new DateOnly(2026, 4, 14), ReviewStatus.DueSoon),
            (ScheduleEntryKind.Conference, kk15April, new DateOnly(2026, 4, 15), null),
            (ScheduleEntryKind.ClientReview, clients[2], new DateOnly(2026, 4, 21), ReviewStatus.Ok)]);
        view.UnplacedClients.ShouldBeEmpty();
        view.ClientNames[clients[0]].ShouldBe("Slamet Riyadi");

        // A client not yet placed has no review clock: known to the schedule by name, not on the list.
        var waiting = await panti.NewClientAwaitingPlacementAsync("Joko", "REG-Joko");
        view = await Poll.Until(() => panti.Schedule.View(panti.Pimpinan),
            v => v.ClientNames.GetValueOrDefault(waiting) == "Joko Riyadi",
            TimeSpan.FromSeconds(10), "the registered name in the schedule");
        view.Entries.ShouldNotContain(e => e.Id == waiting);

        // RV2: both clients due soon are on the next KK's agenda; RV3: on the KK morning the first is overdue and
        // escalated.
        (await panti.KkAsync(kk8April)).Agenda.Select(a => (a.ClientId, a.Purpose, a.AddedAutomatically))
            .ShouldBe([(clients[0], AgendaPurpose.QuarterlyReview, true),
                (clients[1], AgendaPurpose.QuarterlyReview, true)]);
        world.AdvanceTo(new DateTimeOffset(2026, 4, 8, 7, 0, 0, Wib));
        await panti.Schedule.Replan();
        view = await panti.Schedule.View(panti.Pimpinan);
        view.OverdueEscalated.ShouldBe([clients[0]]);
        view.Entries[0].ShouldBe(view.Entries.Single(e => e.Id == clients[0]) with { Status = ReviewStatus.Overdue });

        // Reviewed at the KK: the due dates move three months on and the list re-orders.
        var kk = await panti.KkAsync(kk8April);
        await panti.OpenAsync(kk8April);
        foreach (var item in kk.Agenda)
        {
            await panti.DecideAsync(kk8April, item.Id, new KeepFormulation());
        }

        await panti.CloseAsync(kk8April);
        await panti.Schedule.Replan();
        view = await panti.Schedule.View(panti.Pimpinan);
        view.Entries.Select(e => e.SortKey).ShouldBeInOrder();
        view.Entries.Where(e => e.Kind == ScheduleEntryKind.ClientReview).Select(e => (e.Id, e.LocalDate)).ShouldBe([
            (clients[2], new DateOnly(2026, 4, 21)),
            .. new[] { clients[0], clients[1] }.Order().Select(c => (c, new DateOnly(2026, 7, 8)))]); // same day: by id
        view.OverdueEscalated.ShouldBeEmpty();
    }

    [Fact]
    public async Task LV2_staff_following_the_schedule_receive_its_changes_live_and_see_a_due_client_placed()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur", withSchedule: false);
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        var urgent = await panti.PlanUrgentAsync(world.Now.AddDays(1), "Client needs shelter now.");
        var item = (await panti.Conference(urgent).AddAgendaItem(panti.Sekretaris, IfMatch.None, clientId,
            AgendaPurpose.Placement, null)).Value;
        await panti.OpenAsync(urgent);
        await panti.DecideAsync(urgent, item, TestPanti.Placement()); // due 6 April
        await panti.CloseAsync(urgent);

        var recorder = new FeedRecorder();
        var follower = world.Client.CreateObjectReference<IFeedObserver>(recorder);
        await panti.Schedule.Subscribe(follower);

        // Due soon, but the panti has no fixed schedule yet: no KK can take the client.
        world.AdvanceTo(new DateTimeOffset(2026, 3, 30, 9, 0, 0, Wib));
        await panti.Schedule.Replan();
        var (seen, unplaced) = await NextChange(recorder, after: 0);
        unplaced.Reviews.ShouldBe([new ClientReview(clientId, new DateOnly(2026, 4, 6), ReviewStatus.DueSoon)]);
        unplaced.UnplacedClients.ShouldBe([clientId]);
        unplaced.Entries.ShouldNotContain(e => e.Kind == ScheduleEntryKind.Conference);

        // The pimpinan sets the weekly KK: it is planned and the client goes on its agenda, live.
        await panti.Grain.ChangeSettings(panti.Pimpinan, IfMatch.None, null, null, TestPanti.WeeklyOnWednesday);
        var (_, placed) = await NextChange(recorder, after: seen);
        placed.UnplacedClients.ShouldBeEmpty();
        var next = placed.Entries.First(e => e.Kind == ScheduleEntryKind.Conference);
        next.LocalDate.ShouldBe(new DateOnly(2026, 4, 1));
        (await panti.KkAsync(next.Id)).Agenda.ShouldHaveSingleItem().ClientId.ShouldBe(clientId);

        var received = recorder.Received;
        received.Select(e => e.Sequence)
            .ShouldBe(Enumerable.Range((int)received[0].Sequence, received.Count).Select(n => (long)n));
        recorder.Pushed.ShouldBe(received.Count);

        // Each change carries the whole schedule, so a follower that missed some catches up with the latest.
        (await panti.Schedule.EventsSince(0)).ShouldBe([received[^1]]);
        world.Client.DeleteObjectReference<IFeedObserver>(follower);
    }

    /// <summary>
    /// Waits for the follower to receive a schedule change numbered after <paramref name="after"/>; returns the latest.
    /// </summary>
    private static async Task<(long Sequence, ScheduleChanged Change)> NextChange(FeedRecorder recorder, long after)
    {
        var received = await Poll.Until(() => Task.FromResult(recorder.Received),
            r => r.Count > 0 && r[^1].Sequence > after,
            TimeSpan.FromSeconds(10), $"a schedule change after #{after}");
        received[^1].Kind.ShouldBe(nameof(ScheduleChanged));
        return (received[^1].Sequence,
            JsonSerializer.Deserialize<ScheduleChanged>(received[^1].Json, WireSerialization.Json)!);
    }
}
