using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Clients;

public sealed class TerminationTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CL5_termination_needs_a_reason()
    {
        var client = _world.PlacedClient();

        Refused(() => client.MoveTo(_world.Peksos, ClientStage.Terminated, "Left", TestWorld.Now), RefusalKind.Invalid,
            "termination_reason_required");

        client.MoveTo(_world.Peksos, ClientStage.Terminated, "Referred to RSJ for treatment.", TestWorld.Now,
            TerminationReason.IllnessReferred);
        client.TerminationReason.ShouldBe(TerminationReason.IllnessReferred);
    }

    [Fact]
    public void CL5_retraining_or_termination_in_aftercare_needs_a_kk_decision()
    {
        var client = InAftercare();

        Refused(() => client.MoveTo(_world.Peksos, ClientStage.Terminated, "Doing well", TestWorld.Now,
            TerminationReason.GoalsAchieved),
            RefusalKind.Conflict, "needs_kk_decision");
        Refused(() => client.MoveTo(_world.Peksos, ClientStage.InGuidance, "Lost his job", TestWorld.Now),
            RefusalKind.Conflict, "needs_kk_decision");

        client.ApplyDecision(TestWorld.Decided(client, new Terminate(TerminationReason.GoalsAchieved), TestWorld.Now),
            TestWorld.Now);
        client.Stage.ShouldBe(ClientStage.Terminated);
        client.TerminationReason.ShouldBe(TerminationReason.GoalsAchieved);

        var other = InAftercare();
        other.ApplyDecision(TestWorld.Decided(other, new Retraining(), TestWorld.Now), TestWorld.Now);
        other.Stage.ShouldBe(ClientStage.InGuidance);
    }

    private Client InAftercare()
    {
        var client = _world.PlacedClient();
        client.MoveTo(_world.Peksos, ClientStage.InGuidance, "Service agreement signed.", TestWorld.Now);
        client.ApplyDecision(TestWorld.Decided(client, new ResocialisationReady(), TestWorld.Now), TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.Aftercare, "Returned to his family in Brebes.", TestWorld.Now);
        return client;
    }
}
