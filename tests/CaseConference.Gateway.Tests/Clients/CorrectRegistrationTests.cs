using System.Net;
using System.Text.Json.Nodes;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Clients;

/// <summary>CL1: the buku induk entry can be corrected by those who register, each change in the chronology.</summary>
public sealed class CorrectRegistrationTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private readonly Prep prep = new(world);

    [Fact]
    public async Task
        CL1_a_correction_changes_the_fields_sent_and_the_chronology_records_who_when_field_before_and_after()
    {
        var client = await prep.AwaitingPlacementAsync();
        var sent = DateTimeOffset.UtcNow;

        var corrected = await Patch("staf", client,
            new { fullName = "Klien Uji Coba", birthDate = "1990-02-01", reason = "Salah ketik." });

        corrected.StatusCode.ShouldBe(HttpStatusCode.NoContent, await corrected.Content.ReadAsStringAsync());
        var record = await ReadAsync(client);
        record["registration"]!["fullName"]!.GetValue<string>().ShouldBe("Klien Uji Coba");
        record["registration"]!["birthDate"]!.GetValue<string>().ShouldBe("1990-02-01");
        record["registration"]!["origin"]!.GetValue<string>().ShouldBe("Jakarta");
        var lines = record["chronology"]!.AsArray()
            .Where(l => l!["fact"]?.GetValue<string>() == "RegistrationCorrected").ToList();
        lines.Select(l => (l!["field"]!.GetValue<string>(), l["before"]!.GetValue<string>(),
            l["after"]!.GetValue<string>())).ShouldBe(
            [("FullName", "Klien Uji", "Klien Uji Coba"), ("BirthDate", "1990-01-02", "1990-02-01")]);
        lines.ShouldAllBe(l => l!["by"]!.GetValue<Guid>() == GatewayWorld.StaffId("staf")
            && l["text"]!.GetValue<string>() == "Salah ketik."
            && l["at"]!.GetValue<DateTimeOffset>() >= sent.AddSeconds(-5));
    }

    [Fact]
    public async Task CL1_a_corrected_register_number_is_what_the_client_list_finds()
    {
        var client = await prep.AwaitingPlacementAsync();
        var number = $"REG-K-{Guid.NewGuid():N}"[..14];

        (await Patch("sekretaris", client, new { registerNumber = number }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await Poll.Until(async () => (await (await world.As("sekretaris").GetAsync($"/api/v1/clients?search={number}"))
            .Read<ListClients.ClientPage>()).Items
            .Any(c => c.Id == client && c.RegisterNumber == number), TimeSpan.FromSeconds(10),
                "the corrected register number in the list");
    }

    [Fact]
    public async Task CL1_an_empty_or_unknown_correction_is_a_422_naming_the_field_and_changes_nothing()
    {
        var client = await prep.AwaitingPlacementAsync();
        var before = (await ReadAsync(client)).ToJsonString();

        (await (await Patch("staf", client, new { fullName = " " })).Problem(HttpStatusCode.UnprocessableEntity))
            .Fields().ShouldBe(["fullName"]);
        (await (await Patch("staf", client, new { reason = "Tanpa isian." }))
            .Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["body"]);
        (await (await Patch("staf", client, new { birthDate = "2999-01-01" }))
            .Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["birthDate"]);

        (await ReadAsync(client)).ToJsonString().ShouldBe(before);
    }

    [Fact]
    public async Task
        CL1_staff_who_do_not_register_cannot_correct_and_a_client_not_yet_registered_has_nothing_to_correct()
    {
        var client = await prep.AwaitingPlacementAsync();
        (await (await Patch("peksos", client, new { fullName = "Nama Lain" })).Problem(HttpStatusCode.Forbidden)).Code()
            .ShouldBe("registration_by_administration");
        (await ReadAsync(client))["registration"]!["fullName"]!.GetValue<string>().ShouldBe("Klien Uji");

        var candidate = await prep.DefinitiveCandidateAsync();
        (await (await Patch("staf", candidate, new { fullName = "Nama Lain" })).Problem(HttpStatusCode.Conflict)).Code()
            .ShouldBe("not_registered");
    }

    private Task<HttpResponseMessage> Patch(string role, Guid client, object body) =>
        world.As(role).Send(HttpMethod.Patch, $"/api/v1/clients/{client}/registration", body);

    /// <summary>The case file from the case record (GET /clients/{id} answers it under "client").</summary>
    private async Task<JsonObject> ReadAsync(Guid client) =>
        (await (await world.As("pimpinan").GetAsync($"/api/v1/clients/{client}")).Read<JsonObject>())[
            "client"]!.AsObject();
}
