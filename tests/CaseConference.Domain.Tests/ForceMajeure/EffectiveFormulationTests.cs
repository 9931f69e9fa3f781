using CaseConference.Domain.Clients;
using CaseConference.Domain.ForceMajeure;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

public sealed class EffectiveFormulationTests
{
    private readonly ForceMajeureFixture _f = new();

    [Fact]
    public void FM4_while_in_force_the_effective_formulation_shows_the_override_and_the_base_is_unchanged()
    {
        var fm = _f.InForce(ForceMajeureKind.Change);

        var effective = _f.Client.EffectiveFormulation();

        effective[0].ShouldBe(new EffectiveItem(1, "Bimbingan las ditunda; diganti bimbingan menjahit.",
            "Bimbingan keterampilan las, 3x seminggu", EffectiveItemStatus.Changed, fm.Id));
        effective[1].Status.ShouldBe(EffectiveItemStatus.AsAgreed);
        _f.Client.Formulation.Versions.Count.ShouldBe(1);
        _f.Client.Formulation.Current!.Items[0].Text.ShouldBe("Bimbingan keterampilan las, 3x seminggu");
    }

    [Fact]
    public void FM4_a_proposal_not_in_force_does_not_touch_the_effective_formulation()
    {
        var fm = _f.Propose(ForceMajeureKind.Annul, null);

        Refused(() => _f.Client.PlaceOverlay(fm, TestWorld.Now), RefusalKind.Conflict, "force_majeure_not_in_force");
        _f.Client.EffectiveFormulation().ShouldAllBe(i => i.Status == EffectiveItemStatus.AsAgreed);
    }
}
