using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Staff;
using FsCheck.Xunit;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

public sealed class QuorumTests
{
    private readonly ForceMajeureFixture _f = new();

    [Fact]
    public void FM2_needs_three_distinct_core_members_covering_all_disciplines()
    {
        var fm = _f.Propose();
        var policy = _f.World.Settings.Policy;

        fm.Consent(_f.World.Peksos, "Setuju.", policy, TestWorld.Now);
        fm.Consent(_f.World.Peksos2, "Setuju.", policy, TestWorld.Now);
        fm.Consent(_f.World.Psikolog, "Setuju.", policy, TestWorld.Now).OfType<ForceMajeureInForce>()
            .ShouldBeEmpty(); // three people, no medis
        fm.State.ShouldBe(ForceMajeureState.Proposed);

        fm.Consent(_f.World.Medis, "Setuju.", policy, TestWorld.Now).OfType<ForceMajeureInForce>()
            .ShouldHaveSingleItem();
        fm.State.ShouldBe(ForceMajeureState.InForce);
    }

    [Fact]
    public void FM2_with_discipline_coverage_off_any_three_distinct_core_members_suffice()
    {
        var fm = _f.Propose();
        var policy = _f.World.Settings.Policy with { ForceMajeureRequiresAllDisciplines = false };

        fm.Consent(_f.World.Peksos, "Setuju.", policy, TestWorld.Now);
        fm.Consent(_f.World.Peksos2, "Setuju.", policy, TestWorld.Now);
        fm.Consent(_f.World.Psikolog, "Setuju.", policy, TestWorld.Now);

        fm.State.ShouldBe(ForceMajeureState.InForce);
    }

    [Fact]
    public void FM2_a_persons_consent_counts_once_and_non_core_staff_cannot_consent()
    {
        var fm = _f.Propose();
        var policy = _f.World.Settings.Policy;

        fm.Consent(_f.World.Peksos, "Setuju.", policy, TestWorld.Now).Count.ShouldBe(1);
        fm.Consent(_f.World.Peksos, "Setuju sekali lagi.", policy, TestWorld.Now).ShouldBeEmpty();
        fm.Consent(_f.World.Peksos, "Dan lagi.", policy, TestWorld.Now).ShouldBeEmpty();
        fm.Consent(_f.World.Psikolog, "Setuju.", policy, TestWorld.Now);

        fm.Consents.Count.ShouldBe(2);
        fm.State.ShouldBe(ForceMajeureState.Proposed);
        Refused(() => fm.Consent(_f.World.Pimpinan, "Saya juga", policy, TestWorld.Now), RefusalKind.Forbidden,
            "core_members_only");
    }

    [Property]
    public void FM2_property_quorum_is_three_distinct_people_and_full_coverage_whatever_the_repeats(byte[] seeds,
        bool requireAll)
    {
        // Six candidate core members: two per discipline. Each seed byte is one consent message.
        var consents = (seeds ?? [])
            .Select(b => new Consent(Person(b % 6), (Discipline)(b % 6 % 3), "ok", TestWorld.Now)).ToList();
        var distinct = consents.DistinctBy(c => c.StaffId).ToList();
        var expected = distinct.Count >= 3
            && (!requireAll || distinct.Select(c => c.Discipline).Distinct().Count() == 3);

        ForceMajeureQuorum.IsMet(consents, requireAll).ShouldBe(expected);
        ForceMajeureQuorum.IsMet([.. consents, .. consents], requireAll).ShouldBe(expected); // repeats never count
    }

    private static Guid Person(int n) => new(n + 1, 0, 0, new byte[8]);
}
