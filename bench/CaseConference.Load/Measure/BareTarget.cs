using System.Net.Http.Json;
using CaseConference.Load.Seeding;

namespace CaseConference.Load.Measure;

/// <summary>Posts to the bare server: POST + INSERT + broadcast, or (broadcastOnly) the broadcast alone.</summary>
public sealed class BareTarget(Api api, int groups, bool broadcastOnly = false) : IPostTarget
{
    public int Feeds => groups;

    public static string Group(int feed) => $"g{feed}";

    public async Task<string?> PostAsync(int feed, string text)
    {
        var path = broadcastOnly ? $"/broadcast/{Group(feed)}" : $"/posts/{Group(feed)}";
        using var request = new HttpRequestMessage(HttpMethod.Post,
            path) { Content = JsonContent.Create(new { text }) };
        using var response = await api.RawAsync(request);
        return response.IsSuccessStatusCode ? null
            : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }
}
