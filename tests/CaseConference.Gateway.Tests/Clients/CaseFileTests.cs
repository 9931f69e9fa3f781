using System.Net;
using CaseConference.Contracts.Clients;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Clients;

/// <summary>Issue 10, the case file: its next stage steps and the KKs that discussed the client.</summary>
public sealed class CaseFileTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private readonly Prep prep = new(world);

    [Fact]
    public async Task
        CL6_the_case_file_lists_the_kks_that_discussed_the_client_for_entitled_readers_and_audits_each_answer()
    {
        var (client, kk, _) = await prep.PlacementKkAsync(close: false);

        var rows = await (await world.As("pimpinan").GetAsync($"/api/v1/clients/{client}/conferences"))
            .Read<List<ListClientConferences.ClientConference>>();
        var row = rows.ShouldHaveSingleItem();
        (row.Id, row.State).ShouldBe((kk, ConferenceState.InSession));
        row.Purposes.ShouldBe([AgendaPurpose.Other]);

        var other = await prep.ClientAsync();
        (await (await world.As("anggota").GetAsync($"/api/v1/clients/{other}/conferences"))
            .Problem(HttpStatusCode.Forbidden))
            .Code().ShouldBe("case_record_confidential");

        var trail = await AuditTrail.OfAsync(world, client);
        trail.ShouldContain(e => e.Is("pimpinan", "case_record.read", "Pimpinan via client_conferences"));
        (await AuditTrail.OfAsync(world, other)).ShouldContain(e => e.Is("anggota", "case_record.refused",
            "case_record_confidential via client_conferences"));
    }

    [Fact]
    public async Task CL1_the_case_record_carries_the_next_stage_steps_open_to_its_reader()
    {
        var client = await prep.AwaitingPlacementAsync();

        var record = await (await world.As("sekretaris").GetAsync($"/api/v1/clients/{client}")).Read<CaseRecord>();

        record.NextSteps.ShouldNotBeNull().ShouldBe(
        [
            new StageStep(ClientStage.Planning, StageTrigger.KkDecision, "needs_kk_decision"),
            new StageStep(ClientStage.Terminated, StageTrigger.Staff, null),
        ]);
    }

    [Fact]
    public async Task TN1_another_pantis_client_has_no_kks_to_list()
    {
        var client = await prep.ClientAsync();

        (await (await world.As(GatewayWorld.Foreign).GetAsync($"/api/v1/clients/{client}/conferences"))
            .Problem(HttpStatusCode.NotFound))
            .Code().ShouldBe("client_not_found");
    }
}
