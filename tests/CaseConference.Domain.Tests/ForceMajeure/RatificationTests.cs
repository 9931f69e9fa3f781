using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

public sealed class RatificationTests
{
    private readonly ForceMajeureFixture _f = new();

    [Fact]
    public void
        FM6_the_pimpinan_ratifies_in_session_and_the_change_becomes_a_version_citing_the_kk_and_the_force_majeure()
    {
        var fm = _f.InForce(ForceMajeureKind.Change);
        var kk = _f.OpenKkWith(fm);
        var at = kk.Start.AddMinutes(20);

        var recorded = kk.RecordDecision(_f.World.Pimpinan, _f.ItemOf(kk, fm), new RatifyForceMajeure(fm.Id), at)
            .Decision;
        fm.Ratify(_f.World.Pimpinan, kk.Id, at);
        _f.Client.ApplyDecision(recorded, at);

        fm.State.ShouldBe(ForceMajeureState.Ratified);
        var v2 = _f.Client.Formulation.Current!;
        (v2.Version, v2.Source, v2.ConferenceId, v2.ForceMajeureId)
            .ShouldBe((2, FormulationSource.ForceMajeureRatification, kk.Id, (Guid?)fm.Id));
        v2.Items[0].Text.ShouldBe("Bimbingan las ditunda; diganti bimbingan menjahit.");
        _f.Client.Overlays.ShouldBeEmpty();
    }

    [Fact]
    public void FM6_cancellation_lifts_the_override_and_the_effective_formulation_reverts()
    {
        var fm = _f.InForce(ForceMajeureKind.Annul);
        _f.Client.EffectiveFormulation()[0].Status.ShouldBe(EffectiveItemStatus.Annulled);
        var kk = _f.OpenKkWith(fm);

        var recorded = kk.RecordDecision(_f.World.Pimpinan, _f.ItemOf(kk, fm), new CancelForceMajeure(fm.Id), kk.Start)
            .Decision;
        fm.Cancel(_f.World.Pimpinan, kk.Id, kk.Start);
        _f.Client.ApplyDecision(recorded, kk.Start);

        fm.State.ShouldBe(ForceMajeureState.Cancelled);
        _f.Client.EffectiveFormulation()[0].ShouldBe(new EffectiveItem(1, "Bimbingan keterampilan las, 3x seminggu",
            "Bimbingan keterampilan las, 3x seminggu", EffectiveItemStatus.AsAgreed, null));
        _f.Client.Formulation.Versions.Count.ShouldBe(1);
    }

    [Fact]
    public void FM6_nobody_but_the_pimpinan_and_never_outside_a_session_with_the_item_on_its_agenda()
    {
        var fm = _f.InForce();
        var kk = _f.OpenKkWith(fm);
        var item = _f.ItemOf(kk, fm);

        Refused(() => kk.RecordDecision(_f.World.Sekretaris, item, new RatifyForceMajeure(fm.Id), kk.Start),
            RefusalKind.Forbidden, "pimpinan_only");
        Refused(() => fm.Ratify(_f.World.Peksos, kk.Id, kk.Start), RefusalKind.Forbidden, "pimpinan_only");
        Refused(() => fm.Ratify(_f.World.Pimpinan, Guid.NewGuid(), kk.Start), RefusalKind.Conflict, "not_on_agenda");
        Refused(() => kk.RecordDecision(_f.World.Pimpinan, item, new RatifyForceMajeure(Guid.NewGuid()), kk.Start),
            RefusalKind.Conflict, "force_majeure_not_on_agenda");

        var planned = _f.World.PlannedConference(_f.World.NextKkStart.AddDays(7));
        var plannedItem = Guid.NewGuid();
        planned.ScheduleForceMajeure(plannedItem, fm.Id, fm.ClientId, TestWorld.PeksosId, TestWorld.Now);
        Refused(() => planned.RecordDecision(_f.World.Pimpinan, plannedItem, new RatifyForceMajeure(fm.Id),
            TestWorld.Now), RefusalKind.Conflict, "not_in_session");
    }
}
