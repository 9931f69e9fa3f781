using CaseConference.Domain.Conferences;
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

        kk.RecordAttendance(_world.Sekretaris, TestWorld.AnggotaId, AttendanceMode.Absent, "Rapat di Dinsos provinsi.", TestWorld.Now);
        kk.RecordAttendance(_world.Sekretaris, TestWorld.Peksos2Id, AttendanceMode.Delegate, "Mbak Lina", TestWorld.Now);
        kk.Attendance.Count.ShouldBe(2);

        Refused(() => kk.RecordAttendance(_world.Sekretaris, TestWorld.MedisId, AttendanceMode.Absent, null, TestWorld.Now),
            RefusalKind.Invalid, "attendance_detail_required");
        Refused(() => kk.RecordAttendance(_world.Sekretaris, TestWorld.MedisId, AttendanceMode.Delegate, "", TestWorld.Now),
            RefusalKind.Invalid, "attendance_detail_required");
        Refused(() => kk.RecordAttendance(_world.Sekretaris, TestWorld.OutsiderId, AttendanceMode.Present, null, TestWorld.Now),
            RefusalKind.NotFound, "participant_not_found");
    }

    [Fact]
    public void KK8_a_session_opens_only_with_the_chair_in_turn_the_secretary_and_two_core_members_present()
    {
        var kk = _world.PlannedConference();
        var policy = _world.Settings.Policy;

        _world.MarkPresent(kk, TestWorld.PeksosId, TestWorld.PsikologId);
        Refused(() => kk.Open(_world.Peksos, null, [], policy, kk.Start), RefusalKind.Conflict, "quorum_secretary_absent");

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
}
