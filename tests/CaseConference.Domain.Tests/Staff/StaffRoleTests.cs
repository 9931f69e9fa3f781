using CaseConference.Domain.Staff;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Staff;

public sealed class StaffRoleTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void PE1_one_person_may_hold_several_roles()
    {
        var id = Guid.NewGuid();
        _world.Panti.RegisterStaff(_world.Pimpinan,
            new StaffMember(id, "Pak Rudi", [StaffRole.Sekretaris, StaffRole.Peksos]), TestWorld.Now);

        var actor = _world.Panti.ActorFor(id);
        actor.IsSekretaris.ShouldBeTrue();
        actor.Has(StaffRole.Peksos).ShouldBeTrue();
        actor.IsPimpinan.ShouldBeFalse();
    }

    [Fact]
    public void PE1_staff_need_a_role_and_only_the_pimpinan_registers_them()
    {
        Refused(() => _world.Panti.RegisterStaff(_world.Pimpinan, new StaffMember(Guid.NewGuid(), "Tanpa Peran", []),
            TestWorld.Now),
            RefusalKind.Invalid, "staff_role_required");
        Refused(() => _world.Panti.RegisterStaff(_world.Sekretaris,
            new StaffMember(Guid.NewGuid(), "Pak Eko", [StaffRole.Staf]), TestWorld.Now),
            RefusalKind.Forbidden, "pimpinan_only");
        Refused(() => _world.Panti.ActorFor(Guid.NewGuid()), RefusalKind.NotFound, "staff_not_found");
    }

    [Fact]
    public void PE1_roles_change_but_a_core_member_keeps_the_role_of_their_discipline()
    {
        _world.Panti.ChangeRoles(_world.Pimpinan, TestWorld.StafId, [StaffRole.Staf, StaffRole.Anggota], TestWorld.Now);
        _world.Staf.Has(StaffRole.Anggota).ShouldBeTrue();

        Refused(() => _world.Panti.ChangeRoles(_world.Pimpinan, TestWorld.MedisId, [StaffRole.Staf], TestWorld.Now),
            RefusalKind.Conflict, "role_needed_for_core_team");
    }
}
