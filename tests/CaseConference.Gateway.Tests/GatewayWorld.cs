using System.Net.Http.Headers;
using System.Net.Http.Json;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Commands;

namespace CaseConference.Gateway.Tests;

/// <summary>
/// One test class's world: a cluster on its own database, the demo panti seeded by the real
/// seed-demo code (one account per role), a second panti ("foreign") with its own pimpinan, and
/// a gateway. <see cref="As"/> gives an HttpClient signed in with that person's bearer token.
/// </summary>
public sealed class GatewayWorld : IAsyncLifetime
{
    public const string Foreign = "foreign";

    /// <summary>The demo panti's sign-in code.</summary>
    public const string PantiCode = DemoSeed.PantiCode;

    /// <summary>The second panti's sign-in code.</summary>
    public const string ForeignCode = "lain";

    public static readonly string[] Roles = ["pimpinan", "sekretaris", "peksos", "psikolog", "medis", "anggota",
        "staf"];

    private readonly Dictionary<string, string> tokens = [];
    private readonly List<GatewayFactory> gateways = [];

    public TestCluster Cluster { get; private set; } = null!;

    public GatewayFactory Gateway => gateways[0];

    public static string PantiCodeOf(string role) => role == Foreign ? ForeignCode : PantiCode;

    public static Guid StaffId(string role) => DemoSeed.Staff.Single(s => s.UserName == role).Id;

    public async Task InitializeAsync()
    {
        Cluster = await TestCluster.StartAsync();
        await DemoSeed.RunAsync(Cluster.Client, TextWriter.Null);
        await CreateAdmin.RunAsync(Cluster.Client, new Dictionary<string, string>
        {
            ["--panti-name"] = "Panti Lain", ["--panti-code"] = ForeignCode, ["--user"] = Foreign,
                ["--password"] = DemoSeed.Password,
        }, TextWriter.Null);
        gateways.Add(new GatewayFactory(Cluster));
        foreach (var role in Roles.Append(Foreign))
        {
            tokens[role] = await TokenFor(role);
        }
    }

    /// <summary>A second gateway process on the same cluster (its own Orleans client, hubs and relays).</summary>
    public GatewayFactory SecondGateway()
    {
        if (gateways.Count == 1)
        {
            gateways.Add(new GatewayFactory(Cluster));
        }

        return gateways[1];
    }

    public string TokenOf(string role) => tokens[role];

    public HttpClient As(string role, GatewayFactory? gateway = null)
    {
        var client = (gateway ?? Gateway).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[role]);
        return client;
    }

    public HttpClient Anonymous() => Gateway.CreateClient();

    private async Task<string> TokenFor(string userName)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/token",
            new { pantiCode = PantiCodeOf(userName), userName, password = DemoSeed.Password, label = "tests" });
        response.EnsureSuccessStatusCode();
        return (await response.Read<IssuedToken>()).Token;
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in gateways)
        {
            await gateway.DisposeAsync();
        }

        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }
}
