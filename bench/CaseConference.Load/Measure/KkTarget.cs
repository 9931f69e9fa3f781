using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CaseConference.Load.Seeding;

namespace CaseConference.Load.Measure;

/// <summary>Minute entries posted by each KK's secretary through the gateway, as the sidang screen does.</summary>
public sealed class KkTarget(Api api, IReadOnlyList<(Guid Kk, string SecretaryToken)> kks) : IPostTarget
{
    public int Feeds => kks.Count;

    public async Task<string?> PostAsync(int feed, string text)
    {
        var (kk, token) = kks[feed];
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"/api/v1/conferences/{kk}/minutes") { Content = JsonContent.Create(new { text }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await api.RawAsync(request);
        return response.StatusCode == HttpStatusCode.Created ? null
            : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }
}
