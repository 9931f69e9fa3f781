using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class ParticipantTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK1_participants_take_the_capacities_their_roles_allow()
    {
        var kk = _world.PlannedConference();

        kk.Participants.Single(p => p.Capacity == Capacity.PersonInCharge).StaffId.ShouldBe(TestWorld.PimpinanId);
        kk.Participants.Where(p => p.Capacity == Capacity.Organiser).Select(p => p.CoreDiscipline).Distinct().Count()
            .ShouldBe(3);
        kk.SecretaryId.ShouldBe(TestWorld.SekretarisId);

        var (fresh, _) = Conference.PlanRegular(Guid.NewGuid(), _world.Pimpinan, _world.NextKkStart.AddDays(7),
            _world.Settings, TestWorld.Now);
        fresh.Invite(_world.Pimpinan, _world.Peksos, Capacity.Organiser, TestWorld.Now);
        Refused(() => fresh.Invite(_world.Sekretaris, _world.Staf, Capacity.PersonInCharge, TestWorld.Now),
            RefusalKind.Invalid, "capacity_not_held");
        Refused(() => fresh.Invite(_world.Sekretaris, _world.Anggota, Capacity.Organiser, TestWorld.Now),
            RefusalKind.Invalid, "capacity_not_held");
        Refused(() => fresh.Invite(_world.Sekretaris, _world.Peksos, Capacity.Member, TestWorld.Now),
            RefusalKind.Conflict, "already_participant");
        Refused(() => fresh.Invite(_world.Outsider, _world.Staf, Capacity.InvitedStaff, TestWorld.Now),
            RefusalKind.Forbidden, "not_kk_organiser");
        fresh.Participants.Count.ShouldBe(1);
    }

    [Fact]
    public void KK1_invited_daily_contact_staff_attend_send_a_delegate_or_send_written_input()
    {
        var kk = _world.PlannedConference();
        kk.Invite(_world.Sekretaris, _world.Staf, Capacity.InvitedStaff, TestWorld.Now);
        kk.Invite(_world.Sekretaris, _world.Outsider, Capacity.InvitedStaff, TestWorld.Now);

        kk.RecordAttendance(_world.Staf, TestWorld.StafId, AttendanceMode.Delegate, "Bu Ani (pengasuh)", TestWorld.Now);
        kk.RecordAttendance(_world.Outsider, TestWorld.OutsiderId, AttendanceMode.WrittenInput,
            "Slamet sleeps badly since last week.", TestWorld.Now);

        kk.Attendance.Select(a => a.Mode).ShouldBe([AttendanceMode.Delegate, AttendanceMode.WrittenInput]);
        Refused(() =>
            kk.RecordAttendance(_world.Staf, TestWorld.OutsiderId, AttendanceMode.Present, null, TestWorld.Now),
            RefusalKind.Forbidden, "attendance_by_secretary");
    }
}
