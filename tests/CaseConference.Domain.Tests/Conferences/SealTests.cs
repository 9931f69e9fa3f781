using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class SealTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK10_sealing_chains_each_kk_to_the_previous_and_the_chain_verifies()
    {
        var first = Held(_world.NextKkStart);
        var second = Held(_world.NextKkStart.AddDays(7));

        first.Seal(null, first.Start.AddHours(3));
        second.Seal(first.SealHash, second.Start.AddHours(3));

        second.PreviousSealHash.ShouldBe(first.SealHash);
        second.SealHash.ShouldNotBe(first.SealHash);
        second.SealHash!.Length.ShouldBe(64);
        MinutesSeal.Verify([first, second]).ShouldBe(new SealVerification(true));
    }

    [Fact]
    public void KK10_a_change_made_behind_the_applications_back_is_detected()
    {
        var first = Held(_world.NextKkStart);
        var second = Held(_world.NextKkStart.AddDays(7));
        first.Seal(null, first.Start.AddHours(3));
        second.Seal(first.SealHash, second.Start.AddHours(3));

        // As if someone edited the stored state directly in the database.
        second.Minutes[0] = second.Minutes[0] with { Text = "Sidang dibuka pukul 10.00." };
        MinutesSeal.Verify([first, second]).ShouldBe(new SealVerification(false, second.Id, "content_changed"));

        second.Minutes[0] = second.Minutes[0] with { Text = "Sidang dibuka." };
        MinutesSeal.Verify([first, second]).Intact.ShouldBeTrue();
        first.Attendance[0] = first.Attendance[0] with { Mode = AttendanceMode.Absent, Detail = "Sakit" };
        MinutesSeal.Verify([first, second]).ShouldBe(new SealVerification(false, first.Id, "content_changed"));
    }

    [Fact]
    public void KK10_a_broken_link_is_detected_and_nothing_sealed_can_change()
    {
        var first = Held(_world.NextKkStart);
        var second = Held(_world.NextKkStart.AddDays(7));
        first.Seal(null, first.Start.AddHours(3));
        second.Seal("0000", second.Start.AddHours(3));

        MinutesSeal.Verify([first, second]).Problem.ShouldBe("chain_link_broken");
        Refused(() => first.Seal(null, first.Start.AddHours(4)), RefusalKind.Conflict, "conference_frozen");
        Refused(() => first.RecordMinute(_world.Sekretaris, "Tambahan", first.Start.AddHours(4)), RefusalKind.Conflict,
            "conference_frozen");
        Refused(() => _world.PlannedConference(_world.NextKkStart.AddDays(14)).Seal(null, TestWorld.Now),
            RefusalKind.Conflict, "not_closed");
    }

    [Fact]
    public void KK10_a_deferrals_ground_is_sealed_and_a_deferral_without_one_seals_as_before_grounds_existed()
    {
        var kk = Held(_world.NextKkStart);
        var recorded = kk.Decisions[0];
        kk.Decisions[0] = recorded with { Decision = new Defer(null, DeferralGround.LateCaseSummary) };
        var line = MinutesSeal.Canonical(kk, null).Split('\n')
            .Single(l => l.StartsWith("decision ", StringComparison.Ordinal));
        line.ShouldEndWith(" Defer ~ ground:LateCaseSummary");

        kk.Decisions[0] = recorded with { Decision = new Defer("Data belum lengkap.") };
        line = MinutesSeal.Canonical(kk, null).Split('\n')
            .Single(l => l.StartsWith("decision ", StringComparison.Ordinal));
        line.ShouldEndWith(" Defer 19:Data belum lengkap.");
    }

    private Conference Held(DateTimeOffset start)
    {
        var client = _world.PlacedClient();
        var kk = _world.PlannedConference(start);
        var item = Guid.NewGuid();
        kk.AddAgendaItem(_world.Sekretaris, item, client.Id, AgendaPurpose.QuarterlyReview, TestWorld.PeksosId, null,
            TestWorld.Now);
        _world.MakeReady(kk, item);
        _world.Open(kk);
        kk.RecordMinute(_world.Sekretaris, "Sidang dibuka.", start.AddMinutes(1));
        kk.RecordDecision(_world.Sekretaris, item, new ChangeFormulation(TestWorld.FirstFormulation()),
            start.AddMinutes(50));
        kk.Close(_world.Sekretaris, _world.Settings, start.AddHours(2));
        return kk;
    }
}
