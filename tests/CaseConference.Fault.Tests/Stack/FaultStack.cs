using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CaseConference.Gateway;
using CaseConference.Gateway.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CaseConference.Fault.Tests.Stack;

/// <summary>
/// One deployment for one test, as ./run.sh starts it but on free ports: silo and gateway
/// processes from the Release build (run ./test.sh, or dotnet build -c Release, first) against a
/// database of the test's own, the demo panti seeded, signed-in API clients per role.
/// </summary>
public sealed class FaultStack : IAsyncDisposable
{
    private readonly string connectionString;
    private readonly string work = Directory.CreateTempSubdirectory("caseconf-fault-").FullName;
    private readonly List<RealProcess> processes = [];
    private readonly Dictionary<string, string> tokens = [];
    private IHost? orleans;

    public FaultStack(string connectionString)
    {
        this.connectionString = connectionString;
        HttpPort = FreePort();
    }

    public static string Root { get; } = FindRoot();

    public string ClusterId { get; } = $"fault-{Guid.NewGuid():N}";

    public int HttpPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}");

    public Dictionary<int, RealProcess> SilosByPort { get; } = [];

    public RealProcess? Gateway { get; private set; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public RealProcess StartSilo()
    {
        var siloPort = FreePort();
        var env = Environment("silo");
        env["Orleans__SiloPort"] = siloPort.ToString();
        env["Orleans__GatewayPort"] = FreePort().ToString();
        var silo = Track(RealProcess.Start($"silo {SilosByPort.Count + 1}", Dll("silo", "CaseConference.Silo.dll"),
            Path.Combine(Root, "silo"), env,
            Path.Combine(work, $"silo-{SilosByPort.Count + 1}.log")));
        SilosByPort[siloPort] = silo;
        return silo;
    }

    /// <summary>Starts a gateway on this stack's HTTP port (again, after one was killed).</summary>
    public RealProcess StartGateway()
    {
        var env = Environment("gateway");
        env["ASPNETCORE_URLS"] = BaseAddress.ToString();
        env["ASPNETCORE_CONTENTROOT"] = Path.Combine(Root, "gateway");
        // Every client of the test signs in from 127.0.0.1.
        env["Accounts__SignInPerClient"] = "100000";
        env["Accounts__SignInPerNameAndClient"] = "100000";
        Gateway = Track(RealProcess.Start("gateway", Dll("gateway", "CaseConference.Gateway.dll"),
            Path.Combine(Root, "gateway"), env,
            Path.Combine(work, "gateway.log")));
        return Gateway;
    }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            // A gateway that exited ends the wait at once: it will not become ready.
            await Poll.Until(async () => Gateway is { HasExited: true }
                || (await http.GetAsync("/health/ready")).IsSuccessStatusCode, timeout, "the stack ready");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The stack was not ready within {timeout}.\n{Logs()}", e);
        }

        if (Gateway is { HasExited: true })
        {
            throw new InvalidOperationException($"The gateway exited before it was ready.\n{Logs()}");
        }
    }

    /// <summary>Starts silos and a gateway, waits until ready, seeds the demo panti.</summary>
    public async Task StartAsync(int silos)
    {
        for (var i = 0; i < silos; i++)
        {
            StartSilo();
        }

        StartGateway();
        await WaitReadyAsync(TimeSpan.FromSeconds(120));
        using var seed = RealProcess.Start("seed", Dll("gateway", "CaseConference.Gateway.dll"),
            Path.Combine(Root, "gateway"), Environment("gateway"),
            Path.Combine(work, "seed.log"), "seed-demo");
        (await seed.WaitForExitAsync(TimeSpan.FromSeconds(90))).ShouldBe(0, seed.Tail());
    }

    /// <summary>An API client signed in with the demo account of that role (a bearer token).</summary>
    public async Task<HttpClient> ApiAsync(string role)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(role));
        return http;
    }

    public async Task<string> TokenAsync(string role)
    {
        if (!tokens.TryGetValue(role, out var token))
        {
            using var http = new HttpClient { BaseAddress = BaseAddress };
            var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { pantiCode = DemoSeed.PantiCode,
                userName = role, password = DemoSeed.Password, label = "fault test" });
            response.EnsureSuccessStatusCode();
            token = tokens[role] =
                JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        }

        return token;
    }

    /// <summary>
    /// The silo port each conference's activation lives on now (Orleans' management grain, over TCP).
    /// </summary>
    public async Task<Dictionary<Guid, int>> HostsOfAsync(IReadOnlyCollection<Guid> conferences)
    {
        orleans ??= await StartOrleansClientAsync();
        var statistics = await orleans.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0)
            .GetDetailedGrainStatistics();
        var hosts = new Dictionary<Guid, int>();
        foreach (var s in statistics)
        {
            if (s.GrainId.TryGetGuidKey(out var key, out _) && conferences.Contains(key))
            {
                hosts[key] = s.SiloAddress.Endpoint.Port;
            }
        }

        return hosts;
    }

    /// <summary>The stored membership status of the silo on that port (6: declared dead).</summary>
    public async Task<int?> SiloStatusAsync(int siloPort)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status FROM orleans_membership WHERE cluster_id = $1 AND port = $2 ORDER BY generation DESC LIMIT 1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ClusterId });
        command.Parameters.Add(new NpgsqlParameter { Value = siloPort });
        return await command.ExecuteScalarAsync() is int status ? status : null;
    }

    public string Logs() => string.Join('\n', processes.Select(p => p.Tail()));

    public async ValueTask DisposeAsync()
    {
        if (orleans is not null)
        {
            await orleans.StopAsync(TimeSpan.FromSeconds(5));
            orleans.Dispose();
        }

        foreach (var process in processes)
        {
            process.Dispose();
        }

        // Logs stay when CASECONF_FAULT_KEEP_LOGS is set, for a failure to be read afterwards.
        if (string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("CASECONF_FAULT_KEEP_LOGS")))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<IHost> StartOrleansClientAsync()
    {
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString,
            ["Orleans:ClusterId"] = ClusterId };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var host = new HostBuilder().UseOrleansClient(client => client.UseCaseConferenceCluster(configuration)).Build();
        await host.StartAsync();
        return host;
    }

    private Dictionary<string, string> Environment(string contentRoot) => new()
    {
        ["Storage__ConnectionString"] = connectionString,
        ["Orleans__ClusterId"] = ClusterId,
        ["DOTNET_CONTENTROOT"] = Path.Combine(Root, contentRoot),
        ["Logging__LogLevel__Default"] = "Information",
    };

    private RealProcess Track(RealProcess process)
    {
        processes.Add(process);
        return process;
    }

    private static string Dll(string project, string name)
    {
        var path = Path.Combine(Root, project, "bin", "Release", "net10.0", name);
        File.Exists(path).ShouldBeTrue($"{path} is missing: build first (dotnet build CaseConference.sln -c Release)");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseConference.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CaseConference.sln not found above " + AppContext.BaseDirectory);
    }
}
