using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;
using CaseConference.Gateway.Commands;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>
/// A panti of its own for one worker of the generated test, with one account per role, founded the
/// way the demo seed founds one. Its lists change only by the worker's own requests, so a refused
/// request can be checked to have changed nothing. "outsider" is the pimpinan of the demo panti.
/// </summary>
public sealed class FuzzPanti
{
    public const string Outsider = "outsider";
    public const string Anonymous = "anonymous";
    public const string Password = "Fz-uji-kata-sandi-2026";

    private readonly GatewayWorld world;
    private readonly HttpClient http;
    private readonly Dictionary<string, string> tokens = [];

    private FuzzPanti(GatewayWorld world, Guid pantiId, int index, IReadOnlyDictionary<string, Guid> staff)
    {
        this.world = world;
        PantiId = pantiId;
        Index = index;
        Staff = staff;
        http = world.Gateway.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false,
            AllowAutoRedirect = false });
        Fixtures = new Fixtures(this);
    }

    public Guid PantiId { get; }

    public int Index { get; }

    public IReadOnlyDictionary<string, Guid> Staff { get; }

    public Fixtures Fixtures { get; }

    public IClusterClient Cluster => world.Cluster.Client;

    /// <summary>The account that sign-in requests use (nobody else's lockout is at stake).</summary>
    public string SignInUser => $"fz{Index}-masuk";

    /// <summary>The panti's sign-in code.</summary>
    public static string Code(int index) => $"fz{index}";

    public static async Task<FuzzPanti> FoundAsync(GatewayWorld world, int index)
    {
        var cluster = world.Cluster.Client;
        var pantiId = Guid.NewGuid();
        var staff = GatewayWorld.Roles.Append("masuk").ToDictionary(r => r, _ => Guid.NewGuid());
        var panti = cluster.GetGrain<IPantiGrain>(pantiId);
        var pimpinan = new Caller(pantiId, staff["pimpinan"]);
        await panti.Found($"Panti Uji {index}", Code(index),
            new StaffMember(staff["pimpinan"], "Ibu Kepala Uji", [StaffRole.Pimpinan]));
        foreach (var (role, id) in staff.Where(s => s.Key != "pimpinan"))
        {
            var staffRole = role == "masuk" ? StaffRole.Staf : Enum.Parse<StaffRole>(role, ignoreCase: true);
            await panti.RegisterStaff(pimpinan, new StaffMember(id, $"Uji {role}", [staffRole]));
        }

        foreach (var discipline in DisciplineExtensions.All)
        {
            await panti.AppointCoreMember(pimpinan, staff[discipline.ToString().ToLowerInvariant()], discipline);
        }

        await panti.ChangeSettings(pimpinan, IfMatch.None, null, null,
            KkRecurrence.Weekly(DayOfWeek.Wednesday, new TimeOnly(9, 0), DateOnly.FromDateTime(DateTime.UtcNow)));
        var fuzz = new FuzzPanti(world, pantiId, index, staff);
        foreach (var (role, id) in staff)
        {
            var account = cluster.Account(new AccountKey(Code(index), $"fz{index}-{role}"));
            await account.Create(pantiId, id, Password);
            fuzz.tokens[role] = (await account.IssueToken(TokenPurpose.Api, "generated bad input", TimeSpan.FromDays(1),
                int.MaxValue)).Token;
        }

        return fuzz;
    }

    /// <summary>A token of <paramref name="role"/> that a request may revoke without harming the others.</summary>
    public async Task<IssuedToken> SpareTokenAsync(string role, TokenPurpose purpose = TokenPurpose.Api) =>
        await Cluster.Account(role == Outsider ? new AccountKey(DemoSeed.PantiCode, "pimpinan") : new AccountKey(
            Code(Index), $"fz{Index}-{role}")).IssueToken(purpose, "spare", TimeSpan.FromDays(1), int.MaxValue);

    public string? TokenOf(string caller) => caller switch
    {
        Anonymous => null,
        Outsider => world.TokenOf("pimpinan"),
        _ => tokens[caller],
    };

    public async Task<Response> SendAsync(string caller, ApiRequest request, string? bearer = null)
    {
        using var message = request.ToMessage(bearer ?? TokenOf(caller));
        using var response = await http.SendAsync(message);
        return new Response((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            response.Headers.ETag?.Tag, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A plain valid call as one of this panti's people, failing loudly: fixtures are built with these.
    /// </summary>
    public async Task<JsonNode?> CallAsync(string role, HttpMethod method, string url, object? body = null,
        string? ifMatch = null)
    {
        using var message = new HttpRequestMessage(method, url);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[role]);
        if (body is not null)
        {
            var json = body as JsonNode ?? JsonSerializerNode(body);
            message.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"fixture step {method} {url} as {role}: {(int)response.StatusCode} {text}");
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public async Task<(int Status, string? ETag, JsonNode? Body)> ReadAsync(string url)
    {
        var response = await SendAsync("pimpinan",
            new ApiRequest(HttpMethod.Get, url, new Dictionary<string, string>(), null));
        return (response.Status, response.ETag,
            response.Status == 200 && response.Body.Length > 0 ? JsonNode.Parse(response.Body) : null);
    }

    private static JsonNode JsonSerializerNode(object body) =>
        System.Text.Json.JsonSerializer.SerializeToNode(body, HttpApi.Json)!;
}

/// <summary>What came back: enough to judge it and to report it.</summary>
public sealed record Response(int Status, string? MediaType, string? ETag, string Body);
