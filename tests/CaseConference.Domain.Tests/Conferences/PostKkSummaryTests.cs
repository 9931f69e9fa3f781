using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class PostKkSummaryTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK11_a_summary_per_discussed_client_is_due_in_three_working_days_in_the_panti_zone()
    {
        // KK on Wednesday 7 Jan closes at 11:00 WIB: due Monday 12 Jan (Thu, Fri, Mon).
        var (kk, closed, decided, deferred) = Closed();

        closed.SummariesDue.ShouldBe([new PostKkSummary(decided, TestWorld.PeksosId, new DateOnly(2026, 1, 12))]);
        kk.PostKkSummaries.ShouldNotContain(s => s.ClientId == deferred);

        var filed = kk.FileSummary(_world.Peksos, decided, "Ringkasan hasil KK: formulasi tetap.", _world.Settings,
            new DateTimeOffset(2026, 1, 12, 16, 0, 0, TimeSpan.FromHours(7)));
        filed.Late.ShouldBeFalse();
    }

    [Fact]
    public void KK11_late_summaries_are_flagged_and_only_the_responsible_staff_files_one()
    {
        var (kk, _, decided, deferred) = Closed();
        var tuesday = new DateTimeOffset(2026, 1, 13, 8, 0, 0, TimeSpan.FromHours(7));

        kk.LateSummaries(new DateTimeOffset(2026, 1, 12, 23, 0, 0, TimeSpan.FromHours(7)), _world.Settings.TimeZone())
            .ShouldBeEmpty();
        kk.LateSummaries(tuesday, _world.Settings.TimeZone()).Select(s => s.ClientId).ShouldBe([decided]);

        Refused(() => kk.FileSummary(_world.Psikolog, decided, "Bukan tugas saya", _world.Settings, tuesday),
            RefusalKind.Forbidden, "not_responsible_staff");
        Refused(() => kk.FileSummary(_world.Peksos, deferred, "Ditunda", _world.Settings, tuesday),
            RefusalKind.NotFound, "summary_not_expected");
        kk.FileSummary(_world.Peksos, decided, "Ringkasan hasil KK.", _world.Settings, tuesday).Late.ShouldBeTrue();
        Refused(() => kk.FileSummary(_world.Peksos, decided, "Lagi", _world.Settings, tuesday), RefusalKind.Conflict,
            "summary_already_filed");
    }

    private (Conference Kk, ConferenceClosed Closed, Guid Decided, Guid Deferred) Closed()
    {
        var decided = _world.PlacedClient();
        var deferred = _world.PlacedClient();
        var kk = _world.PlannedConference();
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        kk.AddAgendaItem(_world.Sekretaris, a, decided.Id, AgendaPurpose.QuarterlyReview, TestWorld.PeksosId, null,
            TestWorld.Now);
        kk.AddAgendaItem(_world.Sekretaris, b, deferred.Id, AgendaPurpose.QuarterlyReview, TestWorld.PeksosId, null,
            TestWorld.Now);
        _world.MakeReady(kk, a);
        _world.MakeReady(kk, b);
        _world.Open(kk);
        kk.RecordDecision(_world.Sekretaris, a, new KeepFormulation(), kk.Start.AddMinutes(30));
        kk.RecordDecision(_world.Sekretaris, b, new Defer("Data medis belum ada."), kk.Start.AddMinutes(40));
        var closed = kk.Close(_world.Sekretaris, _world.Settings, kk.Start.AddHours(2));
        return (kk, closed, decided.Id, deferred.Id);
    }
}
