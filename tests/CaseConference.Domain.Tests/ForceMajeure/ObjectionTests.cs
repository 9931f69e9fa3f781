using CaseConference.Domain.ForceMajeure;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

public sealed class ObjectionTests
{
    private readonly ForceMajeureFixture _f = new();

    [Fact]
    public void FM3_an_objection_by_a_core_member_before_it_is_in_force_rejects_it()
    {
        var fm = _f.Propose();
        fm.Consent(_f.World.Peksos, "Setuju.", _f.World.Settings.Policy, TestWorld.Now);
        fm.Consent(_f.World.Psikolog, "Setuju.", _f.World.Settings.Policy, TestWorld.Now);

        fm.Object(_f.World.Medis, "Klien masih bisa ikut las ringan; bawa ke KK.", TestWorld.Now);

        fm.State.ShouldBe(ForceMajeureState.Rejected);
        Refused(() => fm.Consent(_f.World.Peksos2, "Setuju.", _f.World.Settings.Policy, TestWorld.Now), RefusalKind.Conflict, "not_open_for_consent");
    }

    [Fact]
    public void FM3_objections_from_non_core_staff_or_after_it_is_in_force_are_refused()
    {
        var proposed = _f.Propose();
        Refused(() => proposed.Object(_f.World.Sekretaris, "Tidak setuju", TestWorld.Now), RefusalKind.Forbidden, "core_members_only");

        var inForce = _f.InForce(ForceMajeureKind.Postpone);
        Refused(() => inForce.Object(_f.World.Peksos2, "Terlambat", TestWorld.Now), RefusalKind.Conflict, "objection_too_late");
        inForce.State.ShouldBe(ForceMajeureState.InForce);
    }
}
