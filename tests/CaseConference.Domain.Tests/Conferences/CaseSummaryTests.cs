using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class CaseSummaryTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK4_an_item_is_ready_when_every_core_member_and_invited_professional_acknowledged_24_hours_before()
    {
        var (kk, item) = WithItem();
        var policy = _world.Settings.Policy;

        kk.SubmitCaseSummary(_world.Peksos, item, "Ringkasan: Slamet rajin ikut las.", TestWorld.Now);
        kk.SummaryRecipients(kk.FindItem(item)).ShouldBe([TestWorld.Peksos2Id, TestWorld.PsikologId, TestWorld.MedisId,
            TestWorld.AnggotaId], ignoreOrder: true);
        kk.AcknowledgeCaseSummary(_world.Peksos2, item, TestWorld.Now);
        kk.AcknowledgeCaseSummary(_world.Psikolog, item, TestWorld.Now);
        kk.AcknowledgeCaseSummary(_world.Medis, item, TestWorld.Now);
        kk.ReadinessOf(item, policy, TestWorld.Now).ShouldBe(ItemReadiness.Pending);

        kk.AcknowledgeCaseSummary(_world.Anggota, item, kk.Start.AddHours(-24)).ShouldNotBeNull();
        kk.AcknowledgeCaseSummary(_world.Anggota, item, kk.Start.AddHours(-23)).ShouldBeNull(); // repeat: harmless
        kk.ReadinessOf(item, policy, kk.Start).ShouldBe(ItemReadiness.Ready);
    }

    [Fact]
    public void KK4_an_item_not_received_24_hours_before_is_late_and_the_chair_must_rule_on_it_at_opening()
    {
        var (kk, item) = WithItem();
        kk.SubmitCaseSummary(_world.Peksos, item, "Ringkasan.", TestWorld.Now);
        foreach (var r in kk.SummaryRecipients(kk.FindItem(item)))
        {
            kk.AcknowledgeCaseSummary(_world.Panti.ActorFor(r), item, kk.Start.AddHours(-2)); // too late
        }

        kk.ReadinessOf(item, _world.Settings.Policy, kk.Start).ShouldBe(ItemReadiness.Late);
        _world.MarkPresent(kk, TestWorld.SekretarisId, TestWorld.PeksosId, TestWorld.PsikologId);
        Refused(() => kk.Open(_world.Peksos, null, [], _world.Settings.Policy, kk.Start), RefusalKind.Invalid,
            "late_item_without_ruling");

        var events = kk.Open(_world.Peksos, null, [new LateItemRuling(item, LateItemChoice.Defer)],
            _world.Settings.Policy, kk.Start);

        kk.LateItemRulings.ShouldBe([new LateItemRuling(item, LateItemChoice.Defer)]);
        events.OfType<DecisionRecorded>().Single()
            .Decision.Decision.ShouldBe(new Defer(null, DeferralGround.LateCaseSummary));
    }

    [Fact]
    public void KK4_a_deferral_at_opening_is_stored_as_its_ground_not_as_a_sentence()
    {
        var (kk, item) = WithItem();
        _world.MarkPresent(kk, TestWorld.SekretarisId, TestWorld.PeksosId, TestWorld.PsikologId);
        kk.Open(_world.Peksos, null, [new LateItemRuling(item, LateItemChoice.Defer)], _world.Settings.Policy,
            kk.Start);

        var deferral = (Defer)kk.Decisions.Single().Decision!;
        deferral.Reason.ShouldBeNull();
        deferral.Ground.ShouldBe(DeferralGround.LateCaseSummary);
    }

    [Fact]
    public void KK4_no_person_defers_on_the_systems_ground_they_give_a_reason()
    {
        var (kk, item) = WithItem();
        _world.MarkPresent(kk, TestWorld.SekretarisId, TestWorld.PeksosId, TestWorld.PsikologId);
        kk.Open(_world.Peksos, null, [new LateItemRuling(item, LateItemChoice.ProceedWithException)],
            _world.Settings.Policy, kk.Start);

        Refused(() =>
            kk.RecordDecision(_world.Sekretaris, item, new Defer("Ditunda.", DeferralGround.LateCaseSummary), kk.Start),
            RefusalKind.Invalid, "deferral_ground_by_system");
        Refused(() => kk.RecordDecision(_world.Sekretaris, item, new Defer(null), kk.Start), RefusalKind.Invalid,
            "reason_required");
    }

    [Fact]
    public void KK4_the_summary_comes_from_the_responsible_staff_and_only_recipients_acknowledge_it()
    {
        var (kk, item) = WithItem();

        Refused(() => kk.SubmitCaseSummary(_world.Psikolog, item, "Not mine to write", TestWorld.Now),
            RefusalKind.Forbidden, "not_responsible_staff");
        Refused(() =>
            kk.AcknowledgeCaseSummary(_world.Medis, item, TestWorld.Now), RefusalKind.Conflict, "summary_missing");
        kk.SubmitCaseSummary(_world.Peksos, item, "Ringkasan.", TestWorld.Now);
        Refused(() => kk.AcknowledgeCaseSummary(_world.Outsider, item, TestWorld.Now), RefusalKind.Forbidden,
            "not_summary_recipient");
    }

    private (Conference Kk, Guid Item) WithItem()
    {
        var kk = _world.PlannedConference();
        var item = Guid.NewGuid();
        kk.AddAgendaItem(_world.Sekretaris, item, Guid.NewGuid(), AgendaPurpose.QuarterlyReview, TestWorld.PeksosId,
            null, TestWorld.Now);
        return (kk, item);
    }
}
