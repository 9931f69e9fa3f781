using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Clients;

public sealed class PlacementTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CL2_a_place_in_programme_decision_places_the_client_with_hypothesis_and_first_formulation()
    {
        var client = _world.ClientAwaitingPlacement();
        var kkId = Guid.NewGuid();

        var events = client.ApplyDecision(TestWorld.Decided(client, TestWorld.Placement(), TestWorld.Now, kkId),
            TestWorld.Now);

        client.Stage.ShouldBe(ClientStage.Planning);
        client.Hypothesis!.Cause.ShouldBe("No family support in Jakarta");
        client.Formulation.Current!.Items.Count.ShouldBe(3);
        client.Formulation.Current.ConferenceId.ShouldBe(kkId);
        events.OfType<ClientStageChanged>().Single().ConferenceId.ShouldBe(kkId);
    }

    [Fact]
    public void CL2_placement_is_refused_without_a_complete_hypothesis_or_outside_awaiting_placement()
    {
        var client = _world.ClientAwaitingPlacement();
        var noCause = TestWorld.Placement() with { Hypothesis = new Hypothesis("Lost work", "", "Training") };

        Refused(() => client.ApplyDecision(TestWorld.Decided(client, noCause, TestWorld.Now), TestWorld.Now),
            RefusalKind.Invalid, "hypothesis_incomplete");
        Refused(() =>
            client.ApplyDecision(TestWorld.Decided(client, TestWorld.Placement() with { FirstFormulation = [] },
            TestWorld.Now), TestWorld.Now),
            RefusalKind.Invalid, "formulation_empty");

        var placed = _world.PlacedClient();
        Refused(() =>
            placed.ApplyDecision(TestWorld.Decided(placed, TestWorld.Placement(), TestWorld.Now), TestWorld.Now),
            RefusalKind.Conflict, "decision_not_applicable");
    }

    [Fact]
    public void CL2_not_eligible_terminates_a_client_awaiting_placement()
    {
        var client = _world.ClientAwaitingPlacement();

        client.ApplyDecision(TestWorld.Decided(client, new NotEligible("Has a family able to care for him."),
            TestWorld.Now), TestWorld.Now);

        client.Stage.ShouldBe(ClientStage.Terminated);
        client.TerminationReason.ShouldBe(TerminationReason.NotEligible);
    }
}
