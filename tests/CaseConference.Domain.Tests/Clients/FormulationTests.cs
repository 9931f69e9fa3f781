using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Clients;

public sealed class FormulationTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CL3_a_kk_decision_creates_a_new_numbered_version_that_keeps_who_when_and_which_kk()
    {
        var client = _world.PlacedClient();
        var kkId = Guid.NewGuid();
        var later = TestWorld.Now.AddMonths(1);
        List<FormulationItem> items = [new(1, "Bimbingan keterampilan las, 2x seminggu"),
            new(2, "Bimbingan mental spiritual"), new(4, "Kunjungan keluarga")];

        client.ApplyDecision(TestWorld.Decided(client, new ChangeFormulation(items), later, kkId), later);

        client.Formulation.Versions.Count.ShouldBe(2);
        var v2 = client.Formulation.Current!;
        v2.ShouldBe(v2 with { Version = 2, Source = FormulationSource.KkDecision, ConferenceId = kkId,
            ForceMajeureId = null, By = TestWorld.SekretarisId, At = later });
        v2.Items.Select(i => i.Number).ShouldBe([1, 2, 4]);
        client.Formulation.Versions[0].Items.Count.ShouldBe(3); // the earlier version is untouched
    }

    [Fact]
    public void CL3_no_version_without_a_placed_client_or_with_malformed_items()
    {
        var client = _world.ClientAwaitingPlacement();
        Refused(() =>
            client.ApplyDecision(TestWorld.Decided(client, new ChangeFormulation(TestWorld.FirstFormulation()),
            TestWorld.Now), TestWorld.Now),
            RefusalKind.Conflict, "client_not_in_programme");

        var placed = _world.PlacedClient();
        Refused(() =>
            placed.ApplyDecision(TestWorld.Decided(placed, new ChangeFormulation([new(1, "A"), new(1, "B")]),
            TestWorld.Now), TestWorld.Now),
            RefusalKind.Invalid, "item_number_duplicate");
        placed.Formulation.Versions.Count.ShouldBe(1);
    }

    [Fact]
    public void CL3_the_formulation_offers_no_edit_method_to_staff()
    {
        // Structural guarantee: the only public way to add a version is a KK decision on the client.
        typeof(Formulation).GetMethods()
            .Where(m => m.IsPublic && m.DeclaringType == typeof(Formulation) && !m.IsSpecialName)
            .ShouldBeEmpty();
    }
}
