namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>The resources a request is aimed at, by kind and state.</summary>
public sealed record Target(string State, Guid? Conference = null, Guid? Item = null, Guid? Client = null,
    Guid? ForceMajeure = null, Guid? Staff = null);

/// <summary>
/// Resources of a <see cref="FuzzPanti"/> in the states the generated test aims at: a KK planned,
/// in session and closed (each with a client on its agenda), a client as definitive candidate,
/// awaiting placement and placed, a proposed force majeure. Made through the API as its users
/// would, kept while they are still in that state, made again once a request moved them on.
/// </summary>
public sealed class Fixtures(FuzzPanti panti)
{
    private static readonly string[] Participants = ["pimpinan", "sekretaris", "peksos", "psikolog", "medis",
        "anggota"];
    private readonly Dictionary<string, Target> kept = [];

    public async Task<Target> GetAsync(string state)
    {
        if (kept.TryGetValue(state, out var target) && await StillAsync(target))
        {
            return target;
        }

        target = state switch
        {
            "kk planned" => await KkAsync(state, open: false, close: false),
            "kk in session" => await KkAsync(state, open: true, close: false),
            "kk closed" => await KkAsync(state, open: true, close: true),
            "client definitive candidate" =>
                new(state, Client: await ClientAsync("Candidate", "InSelection", "DefinitiveCandidate")),
            "client awaiting placement" => new(state, Client: await AwaitingPlacementAsync()),
            "client placed" => new(state, Client: (await GetAsync("kk closed")).Client),
            "force majeure proposed" => await ProposalAsync(state),
            "staff member" => new(state, Staff: await StaffAsync("Staf")),
            "core member" => new(state, Staff: await CoreMemberAsync()),
            _ => new(state),
        };
        kept[state] = target;
        return target;
    }

    /// <summary>Whether a kept resource is still in its state (a request may have moved it on).</summary>
    private async Task<bool> StillAsync(Target target) => target.State switch
    {
        "kk planned" => await ConferenceStateAsync(target.Conference!.Value) == "Planned",
        "kk in session" => await ConferenceStateAsync(target.Conference!.Value) == "InSession",
        "kk closed" => await ConferenceStateAsync(target.Conference!.Value) is "Closed" or "Sealed",
        "client definitive candidate" => await StageAsync(target.Client!.Value) == "DefinitiveCandidate",
        "client awaiting placement" => await StageAsync(target.Client!.Value) == "AwaitingPlacementKk",
        "client placed" => await StageAsync(target.Client!.Value) == "Planning",
        "force majeure proposed" => (await panti.ReadAsync($"/api/v1/force-majeure/{target.ForceMajeure}"))
            .Body?["state"]?.GetValue<string>() == "Proposed",
        _ => false,
    };

    private async Task<string?> ConferenceStateAsync(Guid id) =>
        (await panti.ReadAsync($"/api/v1/conferences/{id}")).Body?["conference"]?["state"]?.GetValue<string>();

    private async Task<string?> StageAsync(Guid id) =>
        (await panti.ReadAsync($"/api/v1/clients/{id}")).Body?["client"]?["stage"]?.GetValue<string>();

    public async Task<Guid> ClientAsync(params string[] stages)
    {
        // Finding 11: a chosen id is scoped to the panti; the resource answers with its own id.
        var chosen = Guid.NewGuid();
        var id = Created(await panti.CallAsync("peksos", HttpMethod.Post, "/api/v1/clients",
            new { id = chosen, name = $"Klien {chosen:N}"[..14], where = "Pasar Baru" }), chosen);
        foreach (var to in stages)
        {
            await panti.CallAsync("peksos", HttpMethod.Post, $"/api/v1/clients/{id}/stage",
                new { to, why = "Langkah berikut." });
        }

        return id;
    }

    public async Task<Guid> AwaitingPlacementAsync()
    {
        var id = await ClientAsync("Candidate", "InSelection", "DefinitiveCandidate");
        await panti.CallAsync("staf", HttpMethod.Put, $"/api/v1/clients/{id}/registration",
            Authorization.Prep.Registration());
        await panti.CallAsync("pimpinan", HttpMethod.Put, $"/api/v1/clients/{id}/peksos",
            new { peksosId = panti.Staff["peksos"] });
        foreach (var to in new[] { "Diagnostic", "AwaitingPlacementKk" })
        {
            await panti.CallAsync("peksos", HttpMethod.Post, $"/api/v1/clients/{id}/stage",
                new { to, why = "Langkah berikut." });
        }

        return id;
    }

    public async Task<Guid> StaffAsync(string role) =>
        (await panti.CallAsync("pimpinan", HttpMethod.Post, "/api/v1/panti/staff",
            new { name = "Staf Sementara", roles = new[] { role } }))!["id"]!.GetValue<Guid>();

    public async Task<string> ETagAsync(Guid conference) =>
        (await panti.ReadAsync($"/api/v1/conferences/{conference}")).ETag!;

    private async Task<Guid> CoreMemberAsync()
    {
        var staff = await StaffAsync("Peksos");
        await panti.CallAsync("pimpinan", HttpMethod.Post, "/api/v1/panti/core-team",
            new { staffId = staff, discipline = "Peksos" });
        return staff;
    }

    private async Task<Target> KkAsync(string state, bool open, bool close)
    {
        var (chosen, client) = (Guid.NewGuid(), await AwaitingPlacementAsync());
        var kk = Created(await panti.CallAsync("pimpinan", HttpMethod.Post, "/api/v1/conferences/urgent",
            new { id = chosen, start = DateTimeOffset.UtcNow.AddMinutes(30), reason = "Klien kabur semalam." }),
                chosen);
        await panti.CallAsync("pimpinan", HttpMethod.Post, $"/api/v1/conferences/{kk}/approval",
            new { waivePreCirculation = true });
        foreach (var role in Participants)
        {
            var capacity = role switch { "pimpinan" => "PersonInCharge", "sekretaris" => "Secretary",
                "anggota" => "Member", _ => "Organiser" };
            await panti.CallAsync("pimpinan", HttpMethod.Post, $"/api/v1/conferences/{kk}/participants",
                new { staffId = panti.Staff[role], capacity });
        }

        var item = (await panti.CallAsync("sekretaris", HttpMethod.Post, $"/api/v1/conferences/{kk}/agenda",
            new { clientId = client, purpose = "Placement", note = "Uji" }, await ETagAsync(kk)))![
                "itemId"]!.GetValue<Guid>();
        if (open)
        {
            await OpenAsync(kk);
            await panti.CallAsync("sekretaris", HttpMethod.Post, $"/api/v1/conferences/{kk}/minutes",
                new { text = "Rapat dibuka." }, await ETagAsync(kk));
        }

        if (close)
        {
            await panti.CallAsync("sekretaris", HttpMethod.Post, $"/api/v1/conferences/{kk}/decisions",
                new { itemId = item, decision = Authorization.Prep.Placement() });
            await panti.CallAsync("sekretaris", HttpMethod.Post, $"/api/v1/conferences/{kk}/close");
        }

        return new Target(state, Conference: kk, Item: item, Client: client);
    }

    /// <summary>KK8, KK2: everyone present, then whichever core member is the chair in turn opens it.</summary>
    private async Task OpenAsync(Guid kk)
    {
        foreach (var role in Participants)
        {
            await panti.CallAsync("sekretaris", HttpMethod.Put,
                $"/api/v1/conferences/{kk}/attendance/{panti.Staff[role]}", new { mode = "Present" },
                await ETagAsync(kk));
        }

        foreach (var chair in new[] { "peksos", "psikolog", "medis" })
        {
            try
            {
                await panti.CallAsync(chair, HttpMethod.Post, $"/api/v1/conferences/{kk}/open",
                    new { lateItemRulings = Array.Empty<object>() });
                return;
            }
            catch (HttpRequestException)
            {
                // Not this discipline's turn (KK2); the next one is.
            }
        }

        throw new InvalidOperationException($"No core member could open KK {kk}.");
    }

    private async Task<Target> ProposalAsync(string state)
    {
        // A new placed client each time: a formulation item takes one force majeure at a time.
        var chosen = Guid.NewGuid();
        var client = (await KkAsync("kk closed", open: true, close: true)).Client!.Value;
        var id = Created(await panti.CallAsync("peksos", HttpMethod.Post, "/api/v1/force-majeure",
            new { id = chosen, clientId = client, itemNumber = 1, kind = "Change",
                newText = "Konseling dua kali seminggu", reason = "Klien sakit." }), chosen);
        return new Target(state, Client: client, ForceMajeure: id);
    }

    /// <summary>The id a create answered with (the panti-scoped key of the chosen id).</summary>
    private static Guid Created(System.Text.Json.Nodes.JsonNode? answer, Guid chosen) =>
        answer?["id"]?.GetValue<Guid>() ?? answer?["conference"]?["id"]?.GetValue<Guid>()
            ?? throw new InvalidOperationException($"the create of {chosen} answered no id");
}
