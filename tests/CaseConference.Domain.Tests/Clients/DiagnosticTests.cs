using CaseConference.Domain.Clients;
using Shouldly;

namespace CaseConference.Domain.Tests.Clients;

public sealed class DiagnosticTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CL4_the_diagnostic_study_is_flagged_after_four_weeks_but_never_blocked()
    {
        var (client, _) = Client.Open(Guid.NewGuid(), _world.Peksos, "Slamet", "Pasar Senen", TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.Candidate, "Motivated.", TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.InSelection, "Selection.", TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.DefinitiveCandidate, "Criteria met.", TestWorld.Now);
        client.Register(_world.Staf, TestWorld.NewRegistration(), TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.Diagnostic, "Diagnostic study opened.", TestWorld.Now);

        client.IsDiagnosticOverdue(TestWorld.Now.AddDays(28)).ShouldBeFalse();
        client.IsDiagnosticOverdue(TestWorld.Now.AddDays(29)).ShouldBeTrue();

        // A warning, not a block: the study may still finish late.
        client.MoveTo(_world.Peksos, ClientStage.AwaitingPlacementKk, "Reports in, late.", TestWorld.Now.AddDays(35));
        client.IsDiagnosticOverdue(TestWorld.Now.AddDays(35)).ShouldBeFalse();
    }
}
