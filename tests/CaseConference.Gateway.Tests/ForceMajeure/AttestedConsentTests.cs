using System.Net;
using CaseConference.Domain.Clients;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Staff;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Features.ForceMajeure;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.ForceMajeure;

/// <summary>
/// FM2, attested: a consent given by phone, recorded by the secretary, counts once the member confirms it.
/// </summary>
public sealed class AttestedConsentTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private static readonly object ByPhone = new { staffId = GatewayWorld.StaffId("medis"), how = "telepon",
        justification = "Tidak ada kontraindikasi." };

    [Fact]
    public async Task FM2_attested_consent_counts_once_confirmed_and_puts_the_force_majeure_in_force()
    {
        var prep = new Prep(world);
        var client = await prep.PlacedClientAsync();
        var fm = await prep.ProposalAsync(client);
        foreach (var core in new[] { "peksos", "psikolog" })
        {
            (await world.As(core).Post($"/api/v1/force-majeure/{fm}/consents",
                new { justification = "Demi keselamatan klien." })).EnsureSuccessStatusCode();
        }

        var attested = await (await world.As("sekretaris").Post($"/api/v1/force-majeure/{fm}/attested-consents",
            ByPhone)).Read<ForceMajeureOverride>();
        attested.State.ShouldBe(ForceMajeureState.Proposed);
        var attestation = attested.Attestations.ShouldHaveSingleItem();
        (attestation.StaffId, attestation.AttestedBy, attestation.How, attestation.Outcome)
            .ShouldBe((GatewayWorld.StaffId("medis"), GatewayWorld.StaffId("sekretaris"), "telepon",
                AttestationOutcome.Pending));

        var pending = await RowAsync("pimpinan", fm);
        pending.PendingAttestations.ShouldBe([GatewayWorld.StaffId("medis")]);
        (pending.Progress.Consents, pending.Progress.Needed, pending.Progress.Met).ShouldBe((2, 3, false));
        pending.Progress.Missing.ShouldBe([Discipline.Medis]);
        (await FormulationAsync(client)).Effective.Single(i => i.Number == 1)
            .Status.ShouldBe(EffectiveItemStatus.AsAgreed);

        var confirmed = await (await world.As("medis").Post(
            $"/api/v1/force-majeure/{fm}/attested-consents/mine/confirmation", new { })).Read<ForceMajeureOverride>();
        confirmed.State.ShouldBe(ForceMajeureState.InForce);
        (await world.As("medis").Post($"/api/v1/force-majeure/{fm}/attested-consents/mine/confirmation", new { }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await FormulationAsync(client)).Effective.Single(i => i.Number == 1)
            .Status.ShouldBe(EffectiveItemStatus.Postponed);
        ListForceMajeure.Item row = null!;
        await Poll.Until(async () => (row = await RowAsync("peksos", fm)).State == ForceMajeureState.InForce,
            TimeSpan.FromSeconds(10), "the list shows it in force");
        row.Consents.ShouldContain(new ListedConsent(GatewayWorld.StaffId("medis"), Discipline.Medis, Attested: true));
        row.Progress.Met.ShouldBeTrue();
    }

    [Fact]
    public async Task FM2_attested_consent_declined_never_counts_and_only_the_member_answers_it()
    {
        var prep = new Prep(world);
        var fm = await prep.ProposalAsync(await prep.PlacedClientAsync());
        (await world.As("sekretaris").Post($"/api/v1/force-majeure/{fm}/attested-consents", ByPhone))
            .EnsureSuccessStatusCode();
        (await (await world.As("sekretaris").Post($"/api/v1/force-majeure/{fm}/attested-consents", ByPhone))
            .Problem(HttpStatusCode.Conflict))
            .Code().ShouldBe("already_attested");
        (await (await world.As("psikolog").Post($"/api/v1/force-majeure/{fm}/attested-consents/mine/confirmation",
            new { })).Problem(HttpStatusCode.NotFound))
            .Code().ShouldBe("no_attested_consent");

        var declined = await (await world.As("medis").Post($"/api/v1/force-majeure/{fm}/attested-consents/mine/refusal",
            new { })).Read<ForceMajeureOverride>();

        declined.Attestations.Single().Outcome.ShouldBe(AttestationOutcome.Declined);
        declined.Consents.ShouldBeEmpty();
        await Poll.Until(async () => (await RowAsync("medis", fm)).PendingAttestations.Count == 0,
            TimeSpan.FromSeconds(10), "the list drops the pending attestation");
        (await RowAsync("medis", fm)).Progress.Consents.ShouldBe(0);
    }

    [Fact]
    public async Task FM2_attested_bad_input_names_the_field_and_a_non_core_member_is_refused()
    {
        var prep = new Prep(world);
        var fm = await prep.ProposalAsync(await prep.PlacedClientAsync());
        var url = $"/api/v1/force-majeure/{fm}/attested-consents";

        (await (await world.As("sekretaris").Post(url,
            new { staffId = GatewayWorld.StaffId("medis"), how = "", justification = "Setuju." }))
            .Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldContain("how");
        (await (await world.As("sekretaris").Post(url,
            new { staffId = Guid.Empty, how = "telepon", justification = "Setuju." }))
            .Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldContain("staffId");
        (await (await world.As("sekretaris").Post(url,
            new { staffId = GatewayWorld.StaffId("anggota"), how = "telepon", justification = "Setuju." }))
            .Problem(HttpStatusCode.UnprocessableEntity)).Code().ShouldBe("attested_member_not_core");
    }

    [Fact]
    public async Task FM2_attested_list_withholds_client_and_item_from_those_CL6_does_not_let_read_every_record()
    {
        var prep = new Prep(world);
        var client = await prep.PlacedClientAsync();
        var fm = await prep.ProposalAsync(client);

        var core = await RowAsync("psikolog", fm);
        (core.CaseContentWithheld, core.ClientId, core.ItemNumber).ShouldBe((false, client, 1));
        core.ClientName.ShouldNotBeNullOrEmpty();
        foreach (var outsider in new[] { "anggota", "staf" })
        {
            var row = await RowAsync(outsider, fm);
            (row.CaseContentWithheld, row.ClientId, row.ClientName, row.ItemNumber).ShouldBe((true, null, null, null),
                outsider);
            row.State.ShouldBe(ForceMajeureState.Proposed);
        }

        (await (await world.As(GatewayWorld.Foreign).GetAsync("/api/v1/force-majeure"))
            .Read<List<ListForceMajeure.Item>>())
            .ShouldNotContain(f => f.Id == fm);
    }

    private async Task<ListForceMajeure.Item> RowAsync(string role, Guid fm)
    {
        ListForceMajeure.Item? row = null;
        // The register hears of a change one way, so a fresh proposal may take a moment to be listed.
        await Poll.Until(async () => (row = (await (await world.As(role).GetAsync("/api/v1/force-majeure"))
            .Read<List<ListForceMajeure.Item>>()).SingleOrDefault(f => f.Id == fm)) is not null,
                TimeSpan.FromSeconds(10), "the force majeure listed");
        return row!;
    }

    private async Task<GetFormulation.Result> FormulationAsync(Guid client) =>
        await (await world.As("peksos").GetAsync($"/api/v1/clients/{client}/formulation"))
            .Read<GetFormulation.Result>();
}
