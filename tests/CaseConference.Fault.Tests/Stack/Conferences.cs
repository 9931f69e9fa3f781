using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseConference.Gateway.Commands;

namespace CaseConference.Fault.Tests.Stack;

/// <summary>KKs in session through the HTTP API, and their minutes as stored.</summary>
public static class Conferences
{
    private static readonly (string Role, string Capacity)[] Participants =
    [
        ("pimpinan", "PersonInCharge"), ("sekretaris", "Secretary"), ("peksos", "Organiser"),
        ("psikolog", "Organiser"), ("medis", "Organiser"), ("anggota", "Member"),
    ];

    /// <summary>An urgent KK (KK6), everyone present, opened by the chair in turn (KK2).</summary>
    public static async Task<Guid> InSessionAsync(FaultStack stack)
    {
        var pimpinan = await stack.ApiAsync("pimpinan");
        var created = await Ok(await pimpinan.PostAsJsonAsync("/api/v1/conferences/urgent",
            new { start = DateTimeOffset.UtcNow.AddMinutes(30),
                reason = "Uji ketahanan: klien perlu keputusan segera." }));
        var id = Guid.Parse(created["conference"]!["id"]!.GetValue<string>());
        await Ok(await pimpinan.PostAsJsonAsync($"/api/v1/conferences/{id}/approval",
            new { waivePreCirculation = true }));
        foreach (var (role, capacity) in Participants)
        {
            await Ok(await pimpinan.PostAsJsonAsync($"/api/v1/conferences/{id}/participants",
                new { staffId = StaffId(role), capacity }));
        }

        var secretary = await stack.ApiAsync("sekretaris");
        foreach (var (role, _) in Participants)
        {
            using var attend = new HttpRequestMessage(HttpMethod.Put,
                $"/api/v1/conferences/{id}/attendance/{StaffId(role)}")
            {
                Content = JsonContent.Create(new { mode = "Present" }),
            };
            attend.Headers.TryAddWithoutValidation("If-Match",
                (await pimpinan.GetAsync($"/api/v1/conferences/{id}")).Headers.ETag!.Tag);
            await Ok(await secretary.SendAsync(attend));
        }

        foreach (var chair in new[] { "peksos", "psikolog", "medis" })
        {
            var opened = await (await stack.ApiAsync(chair)).PostAsJsonAsync($"/api/v1/conferences/{id}/open",
                new { lateItemRulings = Array.Empty<object>() });
            if (opened.StatusCode == HttpStatusCode.NoContent)
            {
                return id;
            }
        }

        throw new InvalidOperationException("No core member could open the session.");
    }

    /// <summary>
    /// The texts of the KK's minutes, in their order, as the API reads them from storage (paging back from the last).
    /// </summary>
    public static async Task<List<string>> MinutesAsync(HttpClient api, Guid id)
    {
        var entries = new List<JsonNode>();
        for (var url = $"/api/v1/conferences/{id}/minutes?limit=100"; ;)
        {
            var page = (await Ok(await api.GetAsync(url))).AsArray();
            if (page.Count == 0)
            {
                break;
            }

            entries.InsertRange(0, page.Select(e => e!));
            url = $"/api/v1/conferences/{id}/minutes?limit=100&before={page[0]!["number"]!.GetValue<int>()}";
        }

        return [.. entries.Select(e => e["text"]!.GetValue<string>())];
    }

    private static Guid StaffId(string role) => DemoSeed.Staff.Single(s => s.UserName == role).Id;

    private static async Task<JsonNode> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(
            $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }
}
