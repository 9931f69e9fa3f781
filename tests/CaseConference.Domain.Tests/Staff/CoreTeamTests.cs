using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Staff;

public sealed class CoreTeamTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void PE2_core_team_needs_three_people_covering_all_three_disciplines()
    {
        var pimpinan = new StaffMember(Guid.NewGuid(), "Ibu Kepala", [StaffRole.Pimpinan]);
        var panti = PantiProfile.Found(Guid.NewGuid(), "PSBK Baru", "psbk-baru", pimpinan);
        var boss = panti.ActorFor(pimpinan.Id);
        var peksosA = Add(panti, boss, StaffRole.Peksos);
        var peksosB = Add(panti, boss, StaffRole.Peksos);
        var psikolog = Add(panti, boss, StaffRole.Psikolog);
        var medis = Add(panti, boss, StaffRole.Medis);

        panti.AppointCoreMember(boss, peksosA, Discipline.Peksos, TestWorld.Now).TeamConstituted.ShouldBeFalse();
        panti.AppointCoreMember(boss, peksosB, Discipline.Peksos, TestWorld.Now);
        panti.AppointCoreMember(boss, psikolog, Discipline.Psikolog, TestWorld.Now)
            .TeamConstituted.ShouldBeFalse(); // three people, no medis
        panti.AppointCoreMember(boss, medis, Discipline.Medis, TestWorld.Now).TeamConstituted.ShouldBeTrue();
    }

    [Fact]
    public void PE2_a_dismissal_that_would_break_the_team_is_refused_and_changes_record_who_and_when()
    {
        Refused(() => _world.Panti.DismissCoreMember(_world.Pimpinan, TestWorld.MedisId, TestWorld.Now),
            RefusalKind.Conflict, "core_team_would_break");

        var later = TestWorld.Now.AddDays(3);
        var change = _world.Panti.DismissCoreMember(_world.Pimpinan, TestWorld.Peksos2Id, later);

        change.TeamConstituted.ShouldBeTrue();
        _world.Panti.CoreTeam.Changes[^1].ShouldBe(new CoreTeamChange(CoreTeamChangeKind.Dismissed, TestWorld.Peksos2Id,
            Discipline.Peksos, TestWorld.PimpinanId, later));
        _world.Peksos2.IsCoreMember.ShouldBeFalse();
    }

    [Fact]
    public void PE2_only_the_pimpinan_appoints_and_the_appointee_must_hold_the_discipline_role()
    {
        Refused(() =>
            _world.Panti.AppointCoreMember(_world.Pimpinan, TestWorld.StafId, Discipline.Medis, TestWorld.Now),
            RefusalKind.Invalid, "core_member_lacks_discipline_role");
        Refused(() =>
            _world.Panti.AppointCoreMember(_world.Peksos, TestWorld.AnggotaId, Discipline.Peksos, TestWorld.Now),
            RefusalKind.Forbidden, "pimpinan_only");
        Refused(() =>
            _world.Panti.AppointCoreMember(_world.Pimpinan, TestWorld.MedisId, Discipline.Medis, TestWorld.Now),
            RefusalKind.Conflict, "already_core_member");
    }

    private static Guid Add(PantiProfile panti, Actor boss, StaffRole role)
    {
        var id = Guid.NewGuid();
        panti.RegisterStaff(boss, new StaffMember(id, role.ToString(), [role]), TestWorld.Now);
        return id;
    }
}
