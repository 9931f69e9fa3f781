using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Reviews;
using Shouldly;

namespace CaseConference.Cluster.Tests.Scenarios;

/// <summary>
/// The end-to-end scenario on a three-silo cluster: a panti with a core team of four, a
/// client from outreach to the placement KK, a quarterly review, a force majeure consented by
/// three, carried over and ratified, a second one cancelled; a silo is killed in the middle.
/// </summary>
public sealed class EndToEndScenarioTests : IAsyncLifetime
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private ClusterWorld world = null!;
    private TestPanti panti = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync(silos: 3);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task
        Scenario_a_client_from_outreach_through_placement_review_and_two_force_majeures_survives_a_killed_silo()
    {
        panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        (await panti.Grain.Profile(panti.Pimpinan)).CoreTeam.Members.Count.ShouldBe(4);

        // Outreach to registration and the diagnostic study, then the placement KK on Wednesday 7 January (CL1, CL2).
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        var client = panti.Client(clientId);
        var placementKk = await panti.PlaceAsync(clientId);
        var record = await client.Read(panti.Peksos);
        record.Client.Stage.ShouldBe(ClientStage.Planning);
        record.Client.Formulation.Versions.ShouldHaveSingleItem().ConferenceId.ShouldBe(placementKk);
        record.ReviewDueOn.ShouldBe(new DateOnly(2026, 4, 7));
        await client.MoveTo(panti.Peksos, ClientStage.InGuidance, "Service agreement signed; guidance starts.");

        // About three months later the schedule puts the client on the next regular KK by itself (RV2).
        await panti.CancelPlannedKksBeforeAsync(new DateTimeOffset(2026, 3, 1, 0, 0, 0, Wib));
        world.AdvanceTo(new DateTimeOffset(2026, 3, 27, 10, 0, 0, Wib));
        await panti.Schedule.Replan();
        var reviewKk = await panti.NextRegularKkAsync();
        var reviewItem = (await panti.KkAsync(reviewKk)).Agenda.ShouldHaveSingleItem();
        (reviewItem.ClientId, reviewItem.Purpose, reviewItem.AddedAutomatically)
            .ShouldBe((clientId, AgendaPurpose.QuarterlyReview, true));
        await HoldAsync(reviewKk, (reviewItem.Id, new KeepFormulation()));
        (await client.Read(panti.Peksos)).ReviewDueOn.ShouldBe(new DateOnly(2026, 7, 1));

        // A force majeure on item 1, consented by peksos, psikolog and medis (FM2), shows in the effective formulation
        // (FM4)
        // and goes on the next KK's agenda (FM5).
        var firstFm = await ForceMajeureInForceAsync(clientId, 1, ForceMajeureKind.Change,
            "Bimbingan menjahit, 3x seminggu", "Bengkel las terbakar.");
        var carryKk = await AgendaOf(firstFm);
        var effective = (await client.Read(panti.Peksos)).EffectiveFormulation[0];
        (effective.Status, effective.Text, effective.ForceMajeureId)
            .ShouldBe((EffectiveItemStatus.Changed, "Bimbingan menjahit, 3x seminggu", firstFm));
        (await panti.KkAsync(carryKk)).Agenda.ShouldContain(a => a.ForceMajeureId == firstFm && a.AddedAutomatically);

        // A silo hosting the client dies; everything written before is there afterwards.
        await panti.Schedule.Replan();
        var before = await StateOf(clientId, firstFm, carryKk);
        await world.KillAsync(await world.SiloHostingAsync(client));
        var after = await Poll.Until(() => StateOf(clientId, firstFm, carryKk), _ => true, TimeSpan.FromSeconds(60),
            "the grains back on a survivor");
        after.ShouldBe(before);

        // The KK closes without deciding: still in force, ratification overdue, on the following KK (FM7).
        await HoldAsync(carryKk);
        var carried = await Poll.Until(() => panti.ForceMajeure(firstFm).View(panti.Pimpinan),
            fm => fm.AgendaConferenceId is { } next && next != carryKk, TimeSpan.FromSeconds(10),
                "the force majeure on the following KK");
        (carried.State, carried.RatificationOverdue).ShouldBe((ForceMajeureState.InForce, true));

        // There the pimpinan ratifies it: a new formulation version citing the KK and the force majeure (FM6, CL3).
        var ratifyKk = carried.AgendaConferenceId!.Value;
        await HoldAsync(ratifyKk, (await ItemOf(ratifyKk, firstFm), new RatifyForceMajeure(firstFm)));
        (await panti.ForceMajeure(firstFm).View(panti.Pimpinan)).State.ShouldBe(ForceMajeureState.Ratified);
        record = await client.Read(panti.Peksos);
        var v2 = record.Client.Formulation.Versions.Last();
        (v2.Version, v2.Source, v2.ConferenceId, v2.ForceMajeureId)
            .ShouldBe((2, FormulationSource.ForceMajeureRatification, ratifyKk, firstFm));
        v2.Items[0].Text.ShouldBe("Bimbingan menjahit, 3x seminggu");
        record.EffectiveFormulation.ShouldAllBe(i => i.Status == EffectiveItemStatus.AsAgreed);

        // A second force majeure postpones item 2; the next KK cancels it and the effective formulation reverts.
        var secondFm = await ForceMajeureInForceAsync(clientId, 2, ForceMajeureKind.Postpone, null,
            "Pembimbing rohani sakit.");
        (await client.Read(panti.Peksos)).EffectiveFormulation[1].Status.ShouldBe(EffectiveItemStatus.Postponed);
        var cancelKk = await AgendaOf(secondFm);
        await HoldAsync(cancelKk, (await ItemOf(cancelKk, secondFm), new CancelForceMajeure(secondFm)));
        (await panti.ForceMajeure(secondFm).View(panti.Pimpinan)).State.ShouldBe(ForceMajeureState.Cancelled);
        record = await client.Read(panti.Peksos);
        record.EffectiveFormulation.ShouldBe(
            v2.Items.Select(i => new EffectiveItem(i.Number, i.Text, i.Text, EffectiveItemStatus.AsAgreed, null)));
        record.Client.Formulation.Versions.Count.ShouldBe(2);
        record.Client.Chronology.Select(c => c.Number).ShouldBe(Enumerable.Range(1, record.Client.Chronology.Count));
        record.Client.Chronology.Count(c => c.Kind == ChronologyKind.DecisionApplied).ShouldBe(4);

        // Every KK held is sealed into one intact chain.
        var chain = await panti.Grain.SealChain(panti.Pimpinan);
        chain.Select(l => l.ConferenceId).ShouldBe([placementKk, reviewKk, carryKk, ratifyKk, cancelKk]);
        foreach (var link in chain)
        {
            (await panti.Conference(link.ConferenceId).VerifySeal(panti.Pimpinan)).Intact.ShouldBeTrue();
        }
    }

    /// <summary>
    /// Proposed by the second peksos; the third distinct consent (a repeat counts once) puts it in force.
    /// </summary>
    private async Task<Guid> ForceMajeureInForceAsync(Guid clientId, int item, ForceMajeureKind kind, string? newText,
        string reason)
    {
        var fm = panti.ForceMajeure(Guid.NewGuid());
        await fm.Propose(panti.Peksos2, clientId, item, kind, newText, reason);
        await fm.Consent(panti.Peksos, "Keselamatan klien.");
        await fm.Consent(panti.Psikolog, "Tidak mengganggu proses.");
        (await fm.Consent(panti.Psikolog, "Sekali lagi.")).State.ShouldBe(ForceMajeureState.Proposed);
        (await fm.Consent(panti.Medis, "Secara medis aman.")).State.ShouldBe(ForceMajeureState.InForce);
        return fm.GetPrimaryKey();
    }

    private async Task<Guid> AgendaOf(Guid forceMajeureId) =>
        (await Poll.Until(() => panti.ForceMajeure(forceMajeureId).View(panti.Pimpinan),
            fm => fm.AgendaConferenceId is not null,
            TimeSpan.FromSeconds(10), "the force majeure on a KK's agenda")).AgendaConferenceId!.Value;

    private async Task<Guid> ItemOf(Guid conferenceId, Guid forceMajeureId) =>
        (await panti.KkAsync(conferenceId)).Agenda.Single(a => a.ForceMajeureId == forceMajeureId).Id;

    /// <summary>Opens the KK at its start, records a minute and the decisions, and closes it.</summary>
    private async Task HoldAsync(Guid conferenceId, params (Guid Item, Decision Decision)[] decisions)
    {
        await panti.OpenAsync(conferenceId);
        await panti.Conference(conferenceId).RecordMinute(panti.Sekretaris, IfMatch.None,
            "Sidang dibuka; agenda dibahas.");
        foreach (var (item, decision) in decisions)
        {
            await panti.DecideAsync(conferenceId, item, decision);
        }

        await panti.CloseAsync(conferenceId);
    }

    /// <summary>What the client, the force majeure, the KK and the schedule hold, as staff read them.</summary>
    private async Task<string> StateOf(Guid clientId, Guid forceMajeureId, Guid conferenceId)
    {
        var record = await panti.Client(clientId).Read(panti.Peksos);
        var kk = await panti.Conference(conferenceId).Snapshot(panti.Pimpinan);
        var schedule = await panti.Schedule.View(panti.Pimpinan);
        return JsonSerializer.Serialize(new
        {
            record,
            ForceMajeure = await panti.ForceMajeure(forceMajeureId).View(panti.Pimpinan),
            kk,
            schedule.Entries,
            schedule.Reviews,
            Events = await panti.Conference(conferenceId).EventsSince(0),
            Chain = await panti.Grain.SealChain(panti.Pimpinan),
        }, WireSerialization.Json);
    }
}
