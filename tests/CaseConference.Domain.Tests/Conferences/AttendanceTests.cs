using CaseConference.Domain.Conferences;
using CaseConference.Domain.Staff;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class AttendanceTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK8_attendance_is_present_delegate_written_input_or_absent_with_the_needed_detail()
    {
        var kk = _world.PlannedConference();

        kk.RecordAttendance(_world.Sekretaris, TestWorld.AnggotaId, AttendanceMode.Absent, "Rapat di Dinsos provinsi.",
            TestWorld.Now);
        kk.RecordAttendance(_world.Sekretaris, TestWorld.Peksos2Id, AttendanceMode.Delegate, "Mbak Lina",
            TestWorld.Now);
        kk.Attendance.Count.ShouldBe(2);

        Refused(() =>
            kk.RecordAttendance(_world.Sekretaris, TestWorld.MedisId, AttendanceMode.Absent, null, TestWorld.Now),
            RefusalKind.Invalid, "attendance_detail_required");
        Refused(() =>
            kk.RecordAttendance(_world.Sekretaris, TestWorld.MedisId, AttendanceMode.Delegate, "", TestWorld.Now),
            RefusalKind.Invalid, "attendance_detail_required");
        Refused(() =>
            kk.RecordAttendance(_world.Sekretaris, TestWorld.OutsiderId, AttendanceMode.Present, null, TestWorld.Now),
            RefusalKind.NotFound, "participant_not_found");
    }

    [Fact]
    public void KK8_a_session_opens_only_with_the_chair_in_turn_the_secretary_and_two_core_members_present()
    {
        var kk = _world.PlannedConference();
        var policy = _world.Settings.Policy;

        _world.MarkPresent(kk, TestWorld.PeksosId, TestWorld.PsikologId);
        Refused(() =>
            kk.Open(_world.Peksos, null, [], policy, kk.Start), RefusalKind.Conflict, "quorum_secretary_absent");

        kk.RecordAttendance(_world.Sekretaris, TestWorld.PsikologId, AttendanceMode.Absent, "Sakit.", TestWorld.Now);
        _world.MarkPresent(kk, TestWorld.SekretarisId);
        Refused(() => kk.Open(_world.Peksos, null, [], policy, kk.Start), RefusalKind.Conflict, "quorum_core_members");

        _world.MarkPresent(kk, TestWorld.MedisId);
        kk.Open(_world.Peksos, null, [], policy, kk.Start);
        kk.ChairId.ShouldBe(TestWorld.PeksosId);
    }

    [Fact]
    public void KK8_a_named_deputy_present_stands_in_for_an_absent_secretary()
    {
        var kk = _world.PlannedConference();
        kk.NameDeputySecretary(_world.Pimpinan, TestWorld.AnggotaId, TestWorld.Now);
        _world.MarkPresent(kk, TestWorld.AnggotaId, TestWorld.PeksosId, TestWorld.MedisId);

        kk.Open(_world.Peksos, null, [], _world.Settings.Policy, kk.Start);

        kk.State.ShouldBe(ConferenceState.InSession);
    }

    [Fact]
    public void KK8_attendance_for_many_is_recorded_all_or_nothing_and_a_refusal_names_the_entry()
    {
        var kk = _world.PlannedConference();

        var refused = Refused(() => kk.RecordAttendance(_world.Sekretaris, [
            new(TestWorld.PeksosId, AttendanceMode.Present, null),
            new(TestWorld.AnggotaId, AttendanceMode.Absent, "Rapat di Dinsos provinsi."),
            new(TestWorld.MedisId, AttendanceMode.Delegate, " "),
        ], TestWorld.Now), RefusalKind.Invalid, "attendance_detail_required");
        refused.Message.ShouldStartWith("entries[2]:");
        kk.Attendance.ShouldBeEmpty();

        Refused(() => kk.RecordAttendance(_world.Sekretaris, [
            new(TestWorld.PeksosId, AttendanceMode.Present, null),
                new(TestWorld.PeksosId, AttendanceMode.Absent, "Sakit."),
        ], TestWorld.Now), RefusalKind.Invalid, "attendance_entry_duplicate");

        var recorded = kk.RecordAttendance(_world.Sekretaris, [
            new(TestWorld.PeksosId, AttendanceMode.Present, null),
            new(TestWorld.AnggotaId, AttendanceMode.Absent, "Rapat di Dinsos provinsi."),
            new(TestWorld.MedisId, AttendanceMode.Delegate, "Bu Sari (perawat)"),
            new(TestWorld.PsikologId, AttendanceMode.WrittenInput, "Klien cemas menjelang resosialisasi."),
        ], TestWorld.Now);

        recorded.Count.ShouldBe(4);
        kk.Attendance.Select(a => a.Mode).ShouldBe([AttendanceMode.Present, AttendanceMode.Absent,
            AttendanceMode.Delegate, AttendanceMode.WrittenInput]);
    }

    [Fact]
    public void KK8_a_participant_records_only_their_own_attendance_even_among_many()
    {
        var kk = _world.PlannedConference();

        var refused = Refused(() => kk.RecordAttendance(_world.Peksos, [
            new(TestWorld.PeksosId, AttendanceMode.Present, null), new(TestWorld.MedisId, AttendanceMode.Present, null),
        ], TestWorld.Now), RefusalKind.Forbidden, "attendance_by_secretary");

        refused.Message.ShouldStartWith("entries[1]:");
        kk.Attendance.ShouldBeEmpty();
    }

    [Fact]
    public void KK2_KK8_readiness_names_the_chair_in_turn_and_whether_the_quorum_holds_before_opening()
    {
        var kk = _world.PlannedConference();
        var policy = _world.Settings.Policy;

        var none = kk.Readiness(null, policy, TestWorld.Now);
        none.QuorumHolds.ShouldBeFalse();
        none.ChairDiscipline.ShouldBeNull();

        _world.MarkPresent(kk, TestWorld.SekretarisId, TestWorld.PsikologId, TestWorld.MedisId);
        var ready = kk.Readiness(Discipline.Peksos, policy, TestWorld.Now);

        ready.QuorumHolds.ShouldBeTrue();
        ready.CoreMembersPresent.ShouldBe(2);
        ready.ChairDiscipline.ShouldBe(Discipline.Psikolog);
        ready.ChairIds.ShouldBe([TestWorld.PsikologId]);
        kk.Open(_world.Psikolog, Discipline.Peksos, [], policy, kk.Start).ShouldNotBeEmpty();
    }
}
