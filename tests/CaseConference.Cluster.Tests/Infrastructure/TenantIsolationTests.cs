using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Reviews;
using CaseConference.Domain.Staff;
using Shouldly;

namespace CaseConference.Cluster.Tests.Infrastructure;

/// <summary>TN1 through the grains: another panti's ids answer "not found", whatever the command.</summary>
public sealed class TenantIsolationTests : IAsyncLifetime
{
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task
        TN1_another_pantis_staff_cannot_read_or_change_a_client_conference_force_majeure_schedule_or_profile()
    {
        var a = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var b = await world.FoundPantiAsync("PSBK Mardi Utomo");
        var clientId = await a.NewClientAwaitingPlacementAsync();
        var sealedKk = await a.PlaceAsync(clientId);
        var fmId = Guid.NewGuid();
        await a.ForceMajeure(fmId).Propose(a.Peksos2, clientId, 1, ForceMajeureKind.Postpone, null,
            "Workshop closed after a fire.");
        foreach (var consenter in new[] { a.Peksos, a.Psikolog, a.Medis })
        {
            await a.ForceMajeure(fmId).Consent(consenter, "Safety first.");
        }

        var plannedKk =
            (await Poll.Until(() => a.ForceMajeure(fmId).View(a.Pimpinan), fm => fm.AgendaConferenceId is not null,
            TimeSpan.FromSeconds(10), "the force majeure on the next KK's agenda")).AgendaConferenceId!.Value;
        var before = await SnapshotOf(a, clientId, plannedKk, fmId);

        var stranger = b.Pimpinan;
        var impostor = new Caller(a.Id, b.PimpinanId); // A's panti id with B's staff id: unknown in A
        foreach (var caller in new[] { stranger, impostor, b.Peksos })
        {
            await NotFound(() => a.Client(clientId).Read(caller));
            await NotFound(() => a.Client(clientId).MoveTo(caller, ClientStage.InGuidance, "Guidance starts."));
            await NotFound(() => a.Client(clientId).AssignPeksos(caller, caller.StaffId));
            await NotFound(() => a.Conference(plannedKk).Snapshot(caller));
            await NotFound(() => a.Conference(plannedKk).AddAgendaItem(caller, IfMatch.None, clientId,
                AgendaPurpose.Other, null));
            await NotFound(() => a.Conference(plannedKk).RecordAttendance(caller, IfMatch.None, caller.StaffId,
                AttendanceMode.Present, null));
            await NotFound(() => a.Conference(plannedKk).Cancel(caller, IfMatch.None, "Not needed."));
            await NotFound(() => a.Conference(sealedKk).VerifySeal(caller));
            await NotFound(() => a.ForceMajeure(fmId).View(caller));
            await NotFound(() => a.ForceMajeure(fmId).Consent(caller, "Agreed."));
            await NotFound(() => a.ForceMajeure(fmId).Object(caller, "Disagree."));
            await NotFound(() => a.Schedule.View(caller));
            await NotFound(() => a.Grain.Profile(caller));
            await NotFound(() => a.Grain.SealChain(caller));
            await NotFound(() => a.Grain.RegisterStaff(caller,
                new StaffMember(Guid.NewGuid(), "Penyusup", [StaffRole.Pimpinan])));
            await NotFound(() => a.Grain.ChangeSettings(caller, IfMatch.None, null, null, TestPanti.WeeklyOnWednesday));
        }

        // Creating with one of A's ids, or pointing B's own grains at A's client, reveals nothing either.
        await NotFound(() => a.Client(clientId).Open(b.Peksos, "Someone", "Terminal Kampung Rambutan"));
        await NotFound(() => a.ForceMajeure(fmId).Propose(b.Peksos, clientId, 1,
            ForceMajeureKind.Annul, null, "Takeover."));
        await NotFound(() => a.Conference(plannedKk).RequestUrgent(b.Peksos, world.Now.AddDays(1), "Takeover."));
        await NotFound(() => b.ForceMajeure(Guid.NewGuid()).Propose(b.Peksos, clientId, 1,
            ForceMajeureKind.Annul, null, "Takeover."));
        var bKk = await b.NextRegularKkAsync();
        await NotFound(() => b.Conference(bKk).AddAgendaItem(b.Sekretaris, IfMatch.None, clientId,
            AgendaPurpose.QuarterlyReview, null));

        (await SnapshotOf(a, clientId, plannedKk, fmId)).ShouldBe(before);
        var bView = await b.Schedule.View(b.Pimpinan);
        bView.ClientNames.ShouldBeEmpty();
        (await b.KkAsync(bKk)).Agenda.ShouldBeEmpty();
    }

    [Fact]
    public async Task Finding02_scheduled_kk_id_cannot_be_squatted_by_another_panti()
    {
        var a = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var b = await world.FoundPantiAsync("PSBK Mardi Utomo");
        var bClient = await b.NewClientAwaitingPlacementAsync("Penyusup");
        var jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var start = TestPanti.WeeklyOnWednesday.NextOccurrences(world.Now, jakarta, 4)[^1]; // beyond what A has planned

        // B takes the id A's schedule derives for that occurrence, with its own client on the agenda.
        var squatted = ScheduledConferenceId.For(a.Id, start);
        await b.Conference(squatted).RequestUrgent(b.Pimpinan, start, "Squatting.");
        await b.Conference(squatted).AddAgendaItem(b.Pimpinan, IfMatch.None, bClient, AgendaPurpose.Other, null);
        await NotFound(() => a.Conference(squatted).PlanScheduled(a.Id, start));

        world.AdvanceTo(start.AddDays(-14));
        await a.Schedule.Replan();
        var view = await a.Schedule.View(a.Pimpinan);
        var regular = view.Entries.Single(e => e.Kind == ScheduleEntryKind.Conference && e.SortKey == start);
        regular.ConferenceKind.ShouldBe(ConferenceKind.Regular);
        regular.Id.ShouldNotBe(squatted);
        (await a.KkAsync(regular.Id)).Kind.ShouldBe(ConferenceKind.Regular);
        view.ClientNames.Keys.ShouldNotContain(bClient);
        (await b.KkAsync(squatted)).Kind.ShouldBe(ConferenceKind.Urgent);
    }

    [Fact]
    public async Task Finding02_every_grain_to_grain_call_checks_the_panti()
    {
        var a = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var b = await world.FoundPantiAsync("PSBK Mardi Utomo");
        var clientId = await a.NewClientAwaitingPlacementAsync();
        await a.PlaceAsync(clientId);
        var kk = await a.NextRegularKkAsync();
        var slot = await a.Conference(kk).Slot(a.Id);
        var fmId = Guid.NewGuid();
        await a.ForceMajeure(fmId).Propose(a.Peksos2, clientId, 1, ForceMajeureKind.Postpone, null,
            "Workshop closed after a fire.");

        await NotFound(() => a.Client(clientId).Facts(b.Id));
        await NotFound(() => a.Client(clientId).ForRules(b.Id));
        await NotFound(() => a.Client(clientId).SetOnAgenda(b.Id, kk, onAgenda: true));
        await NotFound(() => a.Conference(kk).Slot(b.Id));
        await NotFound(() => a.Conference(kk).PlanScheduled(b.Id, slot.Start));
        (await a.Conference(kk).IsFollower(b.Id, a.PimpinanId)).ShouldBeFalse();
        (await a.Conference(kk).ScheduleReview(b.Id, clientId)).ShouldBeFalse();
        (await a.Conference(kk).ScheduleForceMajeure(b.Id, fmId, clientId, forDiscussion: false)).ShouldBeFalse();
        var bKk = await b.NextRegularKkAsync();
        await NotFound(() => b.Conference(bKk).ScheduleReview(b.Id, clientId)); // B's own KK, A's client
        await NotFound(() => b.Conference(bKk).ScheduleForceMajeure(b.Id, fmId, clientId, forDiscussion: false));

        await NotFound(() => a.ForceMajeure(fmId).ScheduledOn(b.Id, kk));
        await NotFound(() => a.ForceMajeure(fmId).CarryOver(b.Id, kk, conferenceWasHeld: false));
        await b.Schedule.ClientChanged(await a.Client(clientId).Facts(a.Id));
        await b.Schedule.Replan();
        (await b.Schedule.View(b.Pimpinan)).ClientNames.ShouldBeEmpty();
        (await a.KkAsync(kk)).Agenda.Where(i => i.ForceMajeureId == fmId).ShouldBeEmpty();
    }

    private static Task NotFound(Func<Task> call) => GrainRefusal.Of(RefusalKind.NotFound, call);

    /// <summary>Everything of A's that B's calls might have touched, as A's own staff see it.</summary>
    private static async Task<string> SnapshotOf(TestPanti a, Guid clientId, Guid conferenceId, Guid fmId)
    {
        var record = await a.Client(clientId).Read(a.Peksos);
        var kk = await a.Conference(conferenceId).Snapshot(a.Pimpinan);
        var schedule = await a.Schedule.View(a.Pimpinan);
        return JsonSerializer.Serialize(new
        {
            record.Client,
            record.EffectiveFormulation,
            Kk = kk.Conference,
            kk.Version,
            ForceMajeure = await a.ForceMajeure(fmId).View(a.Pimpinan),
            Profile = await a.Grain.Profile(a.Pimpinan),
            Seals = await a.Grain.SealChain(a.Pimpinan),
            schedule.Entries,
            schedule.Reviews,
        }, WireSerialization.Json);
    }
}
