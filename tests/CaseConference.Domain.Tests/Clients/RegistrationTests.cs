using CaseConference.Domain.Clients;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Clients;

public sealed class RegistrationTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CL1_registration_records_the_buku_induk_entry_and_moves_a_definitive_candidate_to_registered()
    {
        var client = DefinitiveCandidate();

        var registered = client.Register(_world.Staf, TestWorld.NewRegistration(), TestWorld.Now);

        registered.ClientMasterNumber.ShouldBe("PSBK-0042");
        client.Stage.ShouldBe(ClientStage.Registered);
        client.Registration!.ReferringAgency.ShouldBe("Satpol PP Jakarta Pusat");
        client.Name.ShouldBe("Slamet Riyadi");
    }

    [Fact]
    public void CL1_registration_is_refused_without_the_required_fields_or_too_early()
    {
        var client = DefinitiveCandidate();

        Refused(() =>
            client.Register(_world.Staf, TestWorld.NewRegistration() with { ClientMasterNumber = "" }, TestWorld.Now),
            RefusalKind.Invalid, "client_master_number_required");
        Refused(() => client.Register(_world.Outsider with { Roles = [] }, TestWorld.NewRegistration(), TestWorld.Now),
            RefusalKind.Forbidden, "registration_by_administration");

        var (prospect, _) = Client.Open(Guid.NewGuid(), _world.Peksos, "Ujang", "Terminal Kampung Rambutan",
            TestWorld.Now);
        Refused(() => prospect.Register(_world.Staf, TestWorld.NewRegistration(), TestWorld.Now), RefusalKind.Conflict,
            "transition_not_allowed");
    }

    private Client DefinitiveCandidate()
    {
        var (client, _) = Client.Open(Guid.NewGuid(), _world.Peksos, "Slamet", "Pasar Senen", TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.Candidate, "Motivated.", TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.InSelection, "Selection.", TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.DefinitiveCandidate, "Criteria met.", TestWorld.Now);
        return client;
    }
}
