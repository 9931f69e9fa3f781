using CaseConference.Cluster.Tests.Foundation;
using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Reviews;
using Orleans.Runtime;
using Shouldly;
using static CaseConference.Cluster.Tests.Foundation.CrashAfterStateWrite;

namespace CaseConference.Cluster.Tests.Infrastructure;

/// <summary>
/// Issue 9: the notices a change sends the panti's review schedule and KK register, and a force
/// majeure's follow-on steps, survive a silo dying right after the change's state write. They are
/// written with the change in the grain's outbox, so its retry or its next activation sends them;
/// before, they were sent after the write only, and lost until the grain's next change.
/// </summary>
public sealed class NoticeCrashTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly CrashAfterStateWrite crash = new();
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync(configureSilo: crash.WireInto);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Issue09_an_urgent_kk_cut_off_after_its_write_is_listed_and_scheduled_once_by_its_retry()
    {
        var panti = await world.FoundPantiAsync("Panti Mendesak");
        var kk = panti.Conference(Guid.NewGuid());
        var start = world.Now.AddDays(2);

        await crash.CutOffAsync(kk, "mendesak-1", () => kk.RequestUrgent(panti.Peksos, start, "Klien kambuh."));
        await KeyedAsync("mendesak-1", () => kk.RequestUrgent(panti.Peksos, start, "Klien kambuh."));

        (await ListingsOf(panti, kk)).ShouldHaveSingleItem().State.ShouldBe(ConferenceState.Planned);
        await Poll.Until(() => ScheduledAsync(panti, kk), e => e.Count == 1, Deadline, "the urgent KK on the schedule");
        (await ScheduledAsync(panti, kk)).ShouldHaveSingleItem().ConferenceKind.ShouldBe(ConferenceKind.Urgent);
    }

    [Fact]
    public async Task
        Issue09_a_kk_cancel_cut_off_after_its_write_reaches_register_and_schedule_when_the_kk_activates_again()
    {
        var panti = await world.FoundPantiAsync("Panti Libur");
        var kk = panti.Conference(await panti.NextRegularKkAsync());
        (await ScheduledAsync(panti, kk)).Count.ShouldBe(1);

        await crash.CutOffAsync(kk, "batal-1", () => kk.Cancel(panti.Pimpinan, IfMatch.None, "Libur nasional."));
        await kk.Version(panti.Pimpinan); // no retry: any call activates the KK again

        (await ListingsOf(panti, kk)).ShouldHaveSingleItem().State.ShouldBe(ConferenceState.Cancelled);
        await Poll.Until(() => ScheduledAsync(panti, kk), e => e.Count == 0, Deadline,
            "the cancelled KK off the schedule");
    }

    [Fact]
    public async Task
        Issue09_a_client_moved_cut_off_after_its_write_reaches_the_schedule_by_its_retry_or_its_next_activation()
    {
        var panti = await world.FoundPantiAsync("Panti Klien");
        var client = panti.Client(Guid.NewGuid());
        await client.Open(panti.Peksos, "Slamet", "Pasar Senen");
        await Poll.Until(() => StageOnScheduleAsync(panti, client), s => s == ClientStage.Prospect, Deadline,
            "the client on the schedule");

        Task<bool> ToCandidate() =>
            Done(client.MoveTo(panti.Peksos, ClientStage.Candidate, "Termotivasi masuk panti."));
        await crash.CutOffAsync(client, "calon-1", ToCandidate);
        await KeyedAsync("calon-1", ToCandidate);
        await Poll.Until(() => StageOnScheduleAsync(panti, client), s => s == ClientStage.Candidate, Deadline,
            "the retried stage on the schedule");

        await crash.CutOffAsync(client, "seleksi-1",
            () => Done(client.MoveTo(panti.Peksos, ClientStage.InSelection, "Seleksi dimulai.")));
        await client.Read(panti.Peksos); // no retry: the read activates the client again
        await Poll.Until(() => StageOnScheduleAsync(panti, client), s => s == ClientStage.InSelection, Deadline,
            "the stage on the schedule after activation");
        (await panti.Schedule.ClientFacts(panti.Pimpinan)).Count(f => f.ClientId == client.GetPrimaryKey()).ShouldBe(1);
    }

    [Fact]
    public async Task Issue09_a_force_majeure_cut_off_as_it_came_into_force_is_placed_once_when_it_activates_again()
    {
        var panti = await world.FoundPantiAsync("Panti Aktif Lagi");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        await panti.PlaceAsync(clientId);
        var fm = await panti.ForceMajeureOneConsentShortAsync(clientId);

        await crash.CutOffAsync(fm, "setuju-medis", () => fm.Consent(panti.Medis, "Secara medis aman."));
        // No retry: the view activates it again, and its steps run right after the activation.
        (await fm.View(panti.Pimpinan)).State.ShouldBe(ForceMajeureState.InForce);

        var placed = await Poll.Until(() => fm.View(panti.Pimpinan), f => f.AgendaConferenceId is not null, Deadline,
            "the force majeure on the next KK's agenda");
        (await panti.KkAsync(placed.AgendaConferenceId!.Value))
            .Agenda.Count(a => a.ForceMajeureId == placed.Id).ShouldBe(1);
        var record = await panti.Client(clientId).Read(panti.Peksos);
        record.Client.Overlays.Count(o => o.ForceMajeureId == placed.Id).ShouldBe(1);
    }

    [Fact]
    public async Task Issue09_a_notice_sent_again_changes_nothing_in_the_register_or_the_schedule()
    {
        var panti = await world.FoundPantiAsync("Panti Ulang");
        var kk = panti.Conference(await panti.NextRegularKkAsync());
        var register = world.Client.GetGrain<IConferenceRegisterGrain>(panti.Id);
        var listed = (await ListingsOf(panti, kk)).ShouldHaveSingleItem();
        var read = await panti.Schedule.Read(panti.Pimpinan, Guid.Empty);

        // As an outbox sends it again after minutes moved the KK's version on: the same listing, newer.
        await register.Changed(listed with { Version = listed.Version + 40, ChangedAt = world.Now.AddHours(2) });
        await panti.Schedule.ConferenceChanged((await panti.KkAsync(kk.GetPrimaryKey())).ToSlot());
        // An ended KK the schedule forgot long ago, as its activation sends it again.
        var forgotten = new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Urgent, ConferenceState.Cancelled,
            world.Now.AddDays(-30), []);
        await panti.Schedule.ConferenceChanged(forgotten);

        var again = (await ListingsOf(panti, kk)).ShouldHaveSingleItem();
        (again.Version, again.ChangedAt).ShouldBe((listed.Version, listed.ChangedAt));
        var reread = await panti.Schedule.Read(panti.Pimpinan, read.Build);
        (reread.Build, reread.Version).ShouldBe((read.Build, read.Version), "no notice dropped the schedule's view");
    }

    private async Task<List<ConferenceListing>> ListingsOf(TestPanti panti, IAddressable kk) =>
        [.. (await world.Client.GetGrain<IConferenceRegisterGrain>(panti.Id).List(panti.Pimpinan))
            .Where(l => l.Id == kk.GetPrimaryKey())];

    private static async Task<List<ScheduleEntry>> ScheduledAsync(TestPanti panti, IAddressable kk) =>
        [.. (await panti.Schedule.View(panti.Pimpinan))
            .Entries.Where(e => e.Kind == ScheduleEntryKind.Conference && e.Id == kk.GetPrimaryKey())];

    private static async Task<ClientStage?> StageOnScheduleAsync(TestPanti panti, IAddressable client) =>
        (await panti.Schedule.ClientFacts(panti.Pimpinan))
            .FirstOrDefault(f => f.ClientId == client.GetPrimaryKey())?.Stage;

    private static async Task<bool> Done(Task change)
    {
        await change;
        return true;
    }
}
