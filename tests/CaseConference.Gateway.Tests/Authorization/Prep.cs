using System.Net.Http.Json;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Accounts;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Gateway.Tests.Authorization;

/// <summary>Fresh state for one matrix call, made through the API by the people allowed to make it.</summary>
public sealed class Prep(GatewayWorld world)
{
    public GatewayWorld World => world;

    public HttpClient Pimpinan => world.As("pimpinan");

    public async Task<Guid> StaffAsync(StaffRole role = StaffRole.Staf)
    {
        var member = await (await Pimpinan.Post("/api/v1/panti/staff",
            new { name = $"Staf {Guid.NewGuid():N}"[..14], roles = new[] { role } })).Read<StaffMember>();
        return member.Id;
    }

    /// <summary>A staff member with a sign-in account (its one-time password not yet changed).</summary>
    public async Task<Guid> StaffWithAccountAsync()
    {
        var staff = await StaffAsync();
        (await Pimpinan.Post($"/api/v1/panti/staff/{staff}/account", new { userName = $"a{Guid.NewGuid():N}"[..20] }))
            .EnsureSuccessStatusCode();
        return staff;
    }

    public async Task<Guid> ClientAsync()
    {
        var opened = await (await world.As("peksos").Post("/api/v1/clients",
            new { name = "Klien", where = "Pasar Baru" })).Read<OpenedClient>();
        return opened.Id;
    }

    public async Task MoveAsync(Guid client, params string[] stages)
    {
        foreach (var to in stages)
        {
            (await world.As("peksos").Post($"/api/v1/clients/{client}/stage", new { to, why = "Langkah berikut." }))
                .EnsureSuccessStatusCode();
        }
    }

    public async Task<Guid> DefinitiveCandidateAsync()
    {
        var client = await ClientAsync();
        await MoveAsync(client, "Candidate", "InSelection", "DefinitiveCandidate");
        return client;
    }

    /// <summary>A client with a responsible peksos waiting for the placement KK.</summary>
    public async Task<Guid> AwaitingPlacementAsync()
    {
        var client = await DefinitiveCandidateAsync();
        (await world.As("staf").Put($"/api/v1/clients/{client}/registration", Registration()))
            .EnsureSuccessStatusCode();
        (await Pimpinan.Put($"/api/v1/clients/{client}/peksos", new { peksosId = GatewayWorld.StaffId("peksos") }))
            .EnsureSuccessStatusCode();
        await MoveAsync(client, "Diagnostic", "AwaitingPlacementKk");
        return client;
    }

    public static object Registration() => new
    {
        registerNumber = $"REG-{Guid.NewGuid():N}"[..12], clientMasterNumber = "PSBK-9", fullName = "Klien Uji",
            birthDate = "1990-01-02",
        sex = "Male", origin = "Jakarta", referringAgency = "Dinas Sosial",
    };

    public Task<Guid> PlannedKkAsync() => Sessions.PlanUrgentAsync(world);

    /// <summary>A planned KK with the client on its agenda (added by the secretary); returns the item.</summary>
    public async Task<(Guid Kk, Guid Item)> KkWithItemAsync(Guid client, bool open)
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var added = await (await world.As("sekretaris").Post($"/api/v1/conferences/{kk}/agenda",
            new { clientId = client, purpose = "Other", note = "Uji" }, await Sessions.ETagAsync(world, kk)))
                .Read<JsonItem>();
        if (open)
        {
            await Sessions.OpenAsync(world, kk);
        }

        return (kk, added.ItemId);
    }

    public sealed record JsonItem(Guid ItemId);

    public async Task<string> ChairRoleAsync(Guid kk)
    {
        var chair = (await Sessions.SnapshotAsync(world, kk)).Conference.ChairId;
        return GatewayWorld.Roles.Single(r => GatewayWorld.StaffId(r) == chair);
    }

    /// <summary>KK2: the core role whose discipline opens the next session.</summary>
    public async Task<string> ChairInTurnAsync()
    {
        var profile = await (await Pimpinan.GetAsync("/api/v1/panti")).Read<PantiProfile>();
        return ChairRotation.Next(profile.LastChairDiscipline, DisciplineExtensions.All) switch
        {
            Discipline.Peksos => "peksos",
            Discipline.Psikolog => "psikolog",
            _ => "medis",
        };
    }

    /// <summary>
    /// A client placed in the programme by a KK still in session, whose participants may read the record (CL6).
    /// </summary>
    public async Task<Guid> PlacedClientAsync() => (await PlacementKkAsync(close: false)).Client;

    /// <summary>
    /// CL2: the placement KK of a new client, with its decision; closed when asked (CL6 then ends for its
    /// participants).
    /// </summary>
    public async Task<(Guid Client, Guid Kk, Guid Item)> PlacementKkAsync(bool close)
    {
        var client = await AwaitingPlacementAsync();
        var (kk, item) = await KkWithItemAsync(client, open: true);
        var secretary = world.As("sekretaris");
        (await secretary.Post($"/api/v1/conferences/{kk}/decisions", new { itemId = item, decision = Placement() }))
            .EnsureSuccessStatusCode();
        if (close)
        {
            (await secretary.Post($"/api/v1/conferences/{kk}/close", null, await Sessions.ETagAsync(world, kk)))
                .EnsureSuccessStatusCode();
        }

        return (client, kk, item);
    }

    public static object Placement() => new
    {
        type = "PlaceInProgramme",
        hypothesis = new { whyInDifficulty = "Kehilangan pekerjaan", cause = "Tidak ada keluarga",
            howToHelp = "Pelatihan kerja" },
        firstFormulation = new[] { new { number = 1, text = "Bimbingan keterampilan" },
            new { number = 2, text = "Konseling" } },
    };

    public async Task<Guid> ProposalAsync(Guid client)
    {
        var response = await world.As("peksos").Post("/api/v1/force-majeure",
            new { clientId = client, itemNumber = 1, kind = "Postpone", reason = "Klien sakit." });
        return (await response.Content.ReadFromJsonAsync<IdOnly>(HttpApi.Json))!.Id;
    }

    /// <summary>
    /// A proposal with a consent attested by the secretary for <paramref name="role"/> when that role is a core member.
    /// </summary>
    public async Task<Guid> AttestedProposalAsync(string role)
    {
        var fm = await ProposalAsync(await PlacedClientAsync());
        if (role is "peksos" or "psikolog" or "medis")
        {
            (await world.As("sekretaris").Post($"/api/v1/force-majeure/{fm}/attested-consents",
                new { staffId = GatewayWorld.StaffId(role), how = "telepon", justification = "Setuju lewat telepon." }))
                    .EnsureSuccessStatusCode();
        }

        return fm;
    }

    public sealed record IdOnly(Guid Id);

    public async Task<IssuedToken> TokenAsync(string role, string path = "/api/v1/auth/tokens") =>
        await (await world.As(role).Post(path, new { label = "matrix" })).Read<IssuedToken>();
}
