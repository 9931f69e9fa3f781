using System.Net;
using System.Net.Http.Json;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Features.Conferences;
using Orleans.Runtime;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>
/// Issue 9: minutes POSTs are safe to retry with an Idempotency-Key; a long KK's minutes are read a page at a time.
/// </summary>
public sealed class MinutesTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task
        Issue09_a_retried_minutes_post_with_the_same_key_answers_the_first_and_writes_one_entry_even_after_the_grain_restarted()
    {
        var kk = await Sessions.InSessionAsync(world);
        var etag = await Sessions.ETagAsync(world, kk);
        var url = $"/api/v1/conferences/{kk}/minutes";
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(url, "Peksos memaparkan asesmen.", etag, key);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await first.Content.ReadAsStringAsync();

        // The answer was lost: the client sends the very same request again, with the ETag it had.
        var retry = await PostAsync(url, "Peksos memaparkan asesmen.", etag, key);
        (retry.StatusCode, await retry.Content.ReadAsStringAsync(), retry.Headers.ETag?.Tag)
            .ShouldBe((HttpStatusCode.Created, body, first.Headers.ETag?.Tag));

        // Also once the KK's grain has been deactivated (the key is stored with the entry's row).
        await world.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var later = await PostAsync(url, "Peksos memaparkan asesmen.", null, key);
        (later.StatusCode, await later.Content.ReadAsStringAsync(), later.Headers.ETag?.Tag)
            .ShouldBe((HttpStatusCode.Created, body, first.Headers.ETag?.Tag));

        // The same key for another text is refused; an amendment has keys of its own.
        (await (await PostAsync(url, "Teks lain.", null, key)).Problem(HttpStatusCode.Conflict)).Code()
            .ShouldBe("idempotency_key_reused");
        var amendment = await PostAsync($"{url}/1/amendments", "Koreksi: asesmen lanjutan.", null, "ralat-1");
        (await PostAsync($"{url}/1/amendments", "Koreksi: asesmen lanjutan.", null, "ralat-1"))
            .Headers.ETag?.Tag.ShouldBe(amendment.Headers.ETag?.Tag);

        var snapshot = await Sessions.SnapshotAsync(world, kk);
        snapshot.Conference.Minutes.Select(m => (m.Number, m.Amends)).ShouldBe([(1, null), (2, 1)]);
        (await PostAsync(url, "Tanpa kunci.", null, new string('x', 201)))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Issue09_a_long_kk_carries_its_last_entries_and_pages_back_through_the_rest()
    {
        var kk = await Sessions.InSessionAsync(world);
        var secretary = world.As("sekretaris");
        const int entries = ConferenceSnapshot.LatestMinutes + 5;
        for (var n = 1; n <= entries; n++)
        {
            (await secretary.Post($"/api/v1/conferences/{kk}/minutes", new { text = $"Catatan {n}." }))
                .EnsureSuccessStatusCode();
        }

        var snapshot = await Sessions.SnapshotAsync(world, kk);
        snapshot.MinuteCount.ShouldBe(entries);
        snapshot.Conference.Minutes.Select(m => m.Number)
            .ShouldBe(Enumerable.Range(6, ConferenceSnapshot.LatestMinutes));

        var older = await secretary.GetFromJsonAsync<List<MinuteEntry>>($"/api/v1/conferences/{kk}/minutes?before=6",
            HttpApi.Json);
        older!.Select(m => m.Text).ShouldBe(["Catatan 1.", "Catatan 2.", "Catatan 3.", "Catatan 4.", "Catatan 5."]);
        var page = await secretary.GetFromJsonAsync<List<MinuteEntry>>(
            $"/api/v1/conferences/{kk}/minutes?before=30&limit=3", HttpApi.Json);
        page!.Select(m => m.Number).ShouldBe([27, 28, 29]);
        (await (await secretary.GetAsync($"/api/v1/conferences/{kk}/minutes?limit=0"))
            .Problem(HttpStatusCode.UnprocessableEntity)).ShouldNotBeNull();
        (await (await world.As(GatewayWorld.Foreign).GetAsync($"/api/v1/conferences/{kk}/minutes"))
            .Problem(HttpStatusCode.NotFound)).Code().ShouldBe("conference_not_found");
    }

    private async Task<HttpResponseMessage> PostAsync(string url, string text, string? ifMatch, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            url) { Content = JsonContent.Create(new RecordMinute.Body(text), options: HttpApi.Json) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await world.As("sekretaris").SendAsync(request);
    }
}
