using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class OpeningWindowTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK4_a_KK_opens_no_earlier_than_one_hour_before_its_planned_start()
    {
        var kk = Present(_world.PlannedConference());

        var refusal = Refused(() => kk.Open(_world.Peksos, null, [], _world.Settings.Policy, kk.Start.AddMinutes(-61)),
            RefusalKind.Conflict, "conference_opens_too_early");
        refusal.Message.ShouldContain(kk.Start.AddHours(-1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        kk.State.ShouldBe(ConferenceState.Planned);

        kk.Open(_world.Peksos, null, [], _world.Settings.Policy, kk.Start.AddHours(-1)).ShouldNotBeEmpty();
        kk.State.ShouldBe(ConferenceState.InSession);
    }

    [Fact]
    public void KK4_a_KK_planned_days_ahead_cannot_be_opened_the_day_it_is_planned()
    {
        var kk = Present(_world.PlannedConference());

        Refused(() => kk.Open(_world.Peksos, null, [], _world.Settings.Policy, TestWorld.Now), RefusalKind.Conflict,
            "conference_opens_too_early");
    }

    [Fact]
    public void KK4_the_opening_window_is_the_panti_policy()
    {
        var policy = _world.Settings.Policy with { OpensMinutesBeforeStart = 15 };
        var kk = Present(_world.PlannedConference());

        kk.Readiness(null, policy, TestWorld.Now).OpensAt.ShouldBe(kk.Start.AddMinutes(-15));
        Refused(() => kk.Open(_world.Peksos, null, [], policy, kk.Start.AddMinutes(-30)), RefusalKind.Conflict,
            "conference_opens_too_early");
        kk.Open(_world.Peksos, null, [], policy, kk.Start.AddMinutes(-15)).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24 * 60 + 1)]
    public void KK4_the_opening_window_is_0_to_1440_minutes(int minutes) =>
        Refused(() => _world.Settings.ChangePolicy(_world.Pimpinan,
            _world.Settings.Policy with { OpensMinutesBeforeStart = minutes }, TestWorld.Now),
            RefusalKind.Invalid, "opening_window_out_of_range");

    [Fact]
    public void KK4_readiness_is_judged_at_the_planned_start_not_at_the_time_of_opening()
    {
        // With no pre-circulation the deadline is the start itself, after the moment of opening.
        var policy = _world.Settings.Policy with { PreCirculationHours = 0 };
        var kk = Present(_world.PlannedConference());
        var (notReady, ready) = (Guid.NewGuid(), Guid.NewGuid());
        kk.AddAgendaItem(_world.Sekretaris, notReady, Guid.NewGuid(), AgendaPurpose.QuarterlyReview, TestWorld.PeksosId,
            null, TestWorld.Now);
        kk.AddAgendaItem(_world.Sekretaris, ready, Guid.NewGuid(), AgendaPurpose.QuarterlyReview, TestWorld.PeksosId,
            null, TestWorld.Now);
        _world.MakeReady(kk, ready);
        var opening = kk.Start.AddMinutes(-30);

        kk.Readiness(null, policy, kk.Start.AddHours(-2)).Items.Single(i => i.AgendaItemId == notReady)
            .Readiness.ShouldBe(ItemReadiness.Pending);
        var atOpening = kk.Readiness(null, policy, opening).Items.ToDictionary(i => i.AgendaItemId, i => i.Readiness);
        atOpening[notReady].ShouldBe(ItemReadiness.Late);
        atOpening[ready].ShouldBe(ItemReadiness.Ready);
        Refused(() =>
            kk.Open(_world.Peksos, null, [], policy, opening), RefusalKind.Invalid, "late_item_without_ruling");

        kk.Open(_world.Peksos, null, [new LateItemRuling(notReady, LateItemChoice.Defer)], policy, opening);

        kk.Decisions.Single().Decision.ShouldBeOfType<Defer>();
    }

    private Conference Present(Conference kk)
    {
        _world.MarkPresent(kk, TestWorld.PimpinanId, TestWorld.SekretarisId, TestWorld.PeksosId, TestWorld.PsikologId,
            TestWorld.MedisId);
        return kk;
    }
}
