using CaseConference.Domain.ForceMajeure;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

public sealed class ProposalTests
{
    private readonly ForceMajeureFixture _f = new();

    [Fact]
    public void FM1_a_core_member_or_a_designated_staff_member_proposes_one_item_a_kind_and_a_reason()
    {
        var (fm, proposed) = ForceMajeureOverride.Propose(Guid.NewGuid(), _f.World.Medis, _f.Client, 2,
            ForceMajeureKind.Postpone, null, "Klien dirawat inap.", TestWorld.Now);
        fm.State.ShouldBe(ForceMajeureState.Proposed);
        proposed.ItemNumber.ShouldBe(2);

        _f.World.Panti.DesignateForceMajeureProposer(_f.World.Pimpinan, TestWorld.StafId, true, TestWorld.Now);
        ForceMajeureOverride.Propose(Guid.NewGuid(), _f.World.Staf, _f.Client, 3, ForceMajeureKind.Annul, null,
            "Konselor cuti panjang.", TestWorld.Now)
            .Proposal.ProposedBy.ShouldBe(TestWorld.StafId);
    }

    [Fact]
    public void FM1_proposals_from_others_or_without_item_kind_text_or_reason_are_refused()
    {
        Refused(() => ForceMajeureOverride.Propose(Guid.NewGuid(), _f.World.Outsider, _f.Client, 1,
            ForceMajeureKind.Annul, null, "Alasan", TestWorld.Now),
            RefusalKind.Forbidden, "not_force_majeure_proposer");
        Refused(() => ForceMajeureOverride.Propose(Guid.NewGuid(), _f.World.Peksos, _f.Client, 1,
            ForceMajeureKind.Annul, null, " ", TestWorld.Now),
            RefusalKind.Invalid, "reason_required");
        Refused(() => ForceMajeureOverride.Propose(Guid.NewGuid(), _f.World.Peksos, _f.Client, 1,
            ForceMajeureKind.Change, null, "Alasan", TestWorld.Now),
            RefusalKind.Invalid, "new_text_required");
        Refused(() => ForceMajeureOverride.Propose(Guid.NewGuid(), _f.World.Peksos, _f.Client, 9,
            ForceMajeureKind.Annul, null, "Alasan", TestWorld.Now),
            RefusalKind.NotFound, "formulation_item_not_found");
        Refused(() => ForceMajeureOverride.Propose(Guid.NewGuid(), _f.World.Peksos, _f.World.ClientAwaitingPlacement(),
            1, ForceMajeureKind.Annul, null, "Alasan", TestWorld.Now),
            RefusalKind.Conflict, "client_not_in_programme");
    }
}
