using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class MinutesTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK3_only_the_secretary_or_the_named_deputy_records_minutes()
    {
        var kk = _world.PlannedConference();
        _world.Open(kk);

        kk.RecordMinute(_world.Sekretaris, "Sidang dibuka pukul 09.05.", kk.Start).Entry.Number.ShouldBe(1);
        Refused(() =>
            kk.RecordMinute(_world.Peksos2, "I write too", kk.Start), RefusalKind.Forbidden, "secretary_only");
        Refused(() => kk.RecordMinute(_world.Pimpinan, "So do I", kk.Start), RefusalKind.Forbidden, "secretary_only");

        kk.NameDeputySecretary(_world.Sekretaris, TestWorld.Peksos2Id, kk.Start);
        kk.RecordMinute(_world.Peksos2, "Sekretaris keluar; notulen dilanjutkan oleh Mas Dedi.",
            kk.Start.AddMinutes(40)).Entry.Number.ShouldBe(2);
    }

    [Fact]
    public void KK3_entries_are_append_only_and_a_correction_is_a_new_entry_amending_an_earlier_one()
    {
        var kk = _world.PlannedConference();
        _world.Open(kk);
        kk.RecordMinute(_world.Sekretaris, "Slamet hadir konseling 3x.", kk.Start.AddMinutes(5));

        var amendment = kk.AmendMinute(_world.Sekretaris, 1, "Koreksi: konseling 2x, bukan 3x.", kk.Start.AddMinutes(9))
            .Entry;

        amendment.ShouldBe(new MinuteEntry(2, kk.Start.AddMinutes(9), TestWorld.SekretarisId,
            "Koreksi: konseling 2x, bukan 3x.", 1));
        kk.Minutes[0].Text.ShouldBe("Slamet hadir konseling 3x.");
        Refused(() =>
            kk.AmendMinute(_world.Sekretaris, 7, "No such entry", kk.Start), RefusalKind.NotFound, "minute_not_found");
    }

    [Fact]
    public void KK3_no_minutes_before_the_session_opens_or_after_it_closes()
    {
        var kk = _world.PlannedConference();
        Refused(() =>
            kk.RecordMinute(_world.Sekretaris, "Too early", TestWorld.Now), RefusalKind.Conflict, "not_in_session");

        _world.Open(kk);
        kk.Close(_world.Sekretaris, _world.Settings, kk.Start.AddHours(2));
        Refused(() => kk.RecordMinute(_world.Sekretaris, "Too late", kk.Start.AddHours(3)), RefusalKind.Conflict,
            "conference_frozen");
    }
}
