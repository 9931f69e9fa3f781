using CaseConference.Cluster.Tests.Foundation;
using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using Orleans.Runtime;
using Shouldly;
using static CaseConference.Cluster.Tests.Foundation.CrashAfterStateWrite;

namespace CaseConference.Cluster.Tests.Infrastructure;

/// <summary>
/// Issue 9: a keyed change whose silo dies right after its state write. The answer was written in
/// that same write (the grain's IdempotentMemory), so the retry with the same key answers it and
/// makes nothing a second time; before, the answer was stored after the write and the retry ran the
/// command again.
/// </summary>
public sealed class IdempotentCrashTests : IAsyncLifetime
{
    private readonly CrashAfterStateWrite crash = new();
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync(configureSilo: crash.WireInto);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task
        Issue09_an_agenda_item_and_a_decision_cut_off_after_their_write_answer_the_retry_and_are_made_once()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        var kkId = await panti.NextRegularKkAsync();
        var kk = panti.Conference(kkId);

        Task<Versioned<Guid>> AddItem() =>
            kk.AddAgendaItem(panti.Sekretaris, IfMatch.None, clientId, AgendaPurpose.Placement,
                "Penempatan setelah studi diagnosa.");
        var added = await crash.CutOffThenRetriedAsync(kk, "agenda-1", AddItem);
        (await panti.KkAsync(kkId)).Agenda.Select(a => a.Id).ShouldBe([added.Value]);
        added.Version.ShouldBe(await kk.Version(panti.Sekretaris));
        (await KeyedAsync("agenda-1", AddItem)).ShouldBe(added);

        await panti.MakeReadyAsync(kkId, added.Value);
        await panti.OpenAsync(kkId);
        Task<long> Decide() => kk.RecordDecision(panti.Sekretaris, IfMatch.None, added.Value, TestPanti.Placement());
        var decided = await crash.CutOffThenRetriedAsync(kk, "keputusan-1", Decide);
        (await panti.KkAsync(kkId)).Decisions.Select(d => d.AgendaItemId).ShouldBe([added.Value]);
        decided.ShouldBe(await kk.Version(panti.Sekretaris));
        (await KeyedAsync("keputusan-1", Decide)).ShouldBe(decided);
        (await panti.Client(clientId).Facts(panti.Id)).Stage.ShouldBe(ClientStage.Planning);

        (await Should.ThrowAsync<RefusedException>(() => KeyedAsync("keputusan-1", Decide,
            fingerprint: "another request")))
            .Code.ShouldBe(IdempotentRequest.ReusedCode);
    }

    [Fact]
    public async Task Issue09_a_force_majeure_consent_cut_off_after_its_write_answers_the_retry_and_counts_once()
    {
        var panti = await world.FoundPantiAsync("Panti Darurat");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        await panti.PlaceAsync(clientId);
        var fm = panti.ForceMajeure(Guid.NewGuid());
        await fm.Propose(panti.Peksos2, clientId, 1, ForceMajeureKind.Postpone, null, "Klien dirawat di rumah sakit.");

        var consented = await crash.CutOffThenRetriedAsync(fm, "setuju-1",
            () => fm.Consent(panti.Peksos, "Keselamatan klien."));
        consented.Consents.Select(c => c.StaffId).ShouldBe([panti.PeksosId]);
        var attested = await crash.CutOffThenRetriedAsync(fm, "telepon-1",
            () => fm.AttestConsent(panti.Sekretaris, panti.PsikologId, "Lewat telepon pukul 21.00.",
                "Tidak mengganggu proses."));
        attested.Attestations.Select(a => a.StaffId).ShouldBe([panti.PsikologId]);

        var now = await fm.View(panti.Pimpinan);
        (now.Consents.Count, now.Attestations.Count, now.State).ShouldBe((1, 1, ForceMajeureState.Proposed));
        (await Should.ThrowAsync<RefusedException>(() => KeyedAsync("setuju-1",
            () => fm.Consent(panti.Peksos, "Alasan lain."), fingerprint: "another request")))
            .Code.ShouldBe(IdempotentRequest.ReusedCode);
    }

    [Fact]
    public async Task Issue09_a_client_opened_and_moved_cut_off_after_the_write_answers_the_retry_and_changes_once()
    {
        var panti = await world.FoundPantiAsync("Panti Sosial Bina Karya");
        var client = panti.Client(Guid.NewGuid());

        var opened = await crash.CutOffThenRetriedAsync(client, "buka-1",
            () => client.Open(panti.Peksos, "Slamet", "Pasar Senen"));
        (opened.Id, opened.Name, opened.Stage).ShouldBe((client.GetPrimaryKey(), "Slamet", ClientStage.Prospect));
        await crash.CutOffThenRetriedAsync(client, "calon-1", async () =>
        {
            await client.MoveTo(panti.Peksos, ClientStage.Candidate, "Termotivasi masuk panti.");
            return true;
        });

        var record = await client.Read(panti.Peksos);
        record.Client.Stage.ShouldBe(ClientStage.Candidate);
        record.Client.Chronology.Count(c => c.Text.Contains("Termotivasi", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Issue09_a_close_cut_off_after_its_write_is_sealed_once_by_its_retry()
    {
        var panti = await world.FoundPantiAsync("Panti Segel");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        var kkId = await panti.NextRegularKkAsync();
        var kk = panti.Conference(kkId);
        var item = (await kk.AddAgendaItem(panti.Sekretaris, IfMatch.None, clientId,
            AgendaPurpose.Placement, "Penempatan.")).Value;
        await panti.MakeReadyAsync(kkId, item);
        await panti.OpenAsync(kkId);
        await panti.DecideAsync(kkId, item, TestPanti.Placement());

        await crash.CutOffThenRetriedAsync(kk, "tutup-1", () => kk.Close(panti.Sekretaris, IfMatch.None));

        (await panti.KkAsync(kkId)).State.ShouldBe(ConferenceState.Sealed);
        (await panti.Grain.SealChain(panti.Pimpinan)).Count(l => l.ConferenceId == kkId).ShouldBe(1);
        (await kk.VerifySeal(panti.Pimpinan)).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Issue09_a_force_majeure_cut_off_as_it_came_into_force_is_overlaid_and_placed_on_the_next_kk_once()
    {
        var panti = await world.FoundPantiAsync("Panti Berlaku");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        await panti.PlaceAsync(clientId);
        var fm = await panti.ForceMajeureOneConsentShortAsync(clientId);

        var inForce = await crash.CutOffThenRetriedAsync(fm, "setuju-medis",
            () => fm.Consent(panti.Medis, "Secara medis aman."));

        inForce.State.ShouldBe(ForceMajeureState.InForce);
        var placed = await Poll.Until(() => fm.View(panti.Pimpinan), f => f.AgendaConferenceId is not null,
            TimeSpan.FromSeconds(10), "the force majeure on the next KK's agenda");
        (await panti.KkAsync(placed.AgendaConferenceId!.Value))
            .Agenda.Count(a => a.ForceMajeureId == inForce.Id).ShouldBe(1);
        var record = await panti.Client(clientId).Read(panti.Peksos);
        record.Client.Overlays.Count(o => o.ForceMajeureId == inForce.Id).ShouldBe(1);
        record.EffectiveFormulation[0].Status.ShouldBe(EffectiveItemStatus.Postponed);
    }
}
