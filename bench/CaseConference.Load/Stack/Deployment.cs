using CaseConference.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseConference.Load.Stack;

/// <summary>
/// One silo and one gateway from the Release build on free ports, as ./run.sh starts them, against
/// the run's PostgreSQL; plus an Orleans client for the one step with no HTTP endpoint (founding a panti).
/// </summary>
public sealed class Deployment(string folder, string connectionString, bool quietLogs,
    IReadOnlyDictionary<string, string>? stackEnvironment = null) : IAsyncDisposable
{
    private readonly string clusterId = $"load-{Guid.NewGuid():N}";
    private IHost? operatorClient;

    public ServiceProcess? Silo { get; private set; }

    public ServiceProcess? Gateway { get; private set; }

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort.Next()}");

    public IClusterClient Cluster => operatorClient!.Services.GetRequiredService<IClusterClient>();

    public async Task StartAsync(CancellationToken cancel)
    {
        var silo = Environment();
        silo["Orleans__SiloPort"] = FreePort.Next().ToString();
        silo["Orleans__GatewayPort"] = FreePort.Next().ToString();
        Silo = ServiceProcess.Start("silo", Repository.Dll("silo", "CaseConference.Silo.dll"),
            Path.Combine(Repository.Root, "silo"), silo,
            Path.Combine(folder, "silo.log"));

        var gateway = Environment();
        gateway["ASPNETCORE_URLS"] = BaseAddress.ToString();
        gateway["ASPNETCORE_CONTENTROOT"] = Path.Combine(Repository.Root, "gateway");
        // Every client of the tool comes from 127.0.0.1 and the participants of 200 KKs share a
        // few accounts: lift the per-address sign-in throttle and the per-account connection cap.
        gateway["Accounts__SignInPerClient"] = "1000000";
        gateway["Accounts__SignInPerNameAndClient"] = "1000000";
        gateway["Accounts__SignInQueue"] = "100000";
        gateway["Accounts__MaxHubConnectionsPerAccount"] = "1000000";
        Gateway = ServiceProcess.Start("gateway", Repository.Dll("gateway", "CaseConference.Gateway.dll"),
            Path.Combine(Repository.Root, "gateway"),
            gateway, Path.Combine(folder, "gateway.log"));

        await WaitReadyAsync(TimeSpan.FromSeconds(120), cancel);
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString,
            ["Orleans:ClusterId"] = clusterId };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        operatorClient = new HostBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleansClient(client => client.UseCaseConferenceCluster(configuration))
            .Build();
        await operatorClient.StartAsync(cancel);
    }

    public string Logs() => string.Join('\n', new[] { Silo, Gateway }.OfType<ServiceProcess>().Select(p => p.Tail()));

    public async ValueTask DisposeAsync()
    {
        if (operatorClient is not null)
        {
            await operatorClient.StopAsync(TimeSpan.FromSeconds(5));
            operatorClient.Dispose();
        }

        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }

        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
    }

    private async Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancel)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/health/ready", cancel)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException
                && !cancel.IsCancellationRequested)
            {
            }

            if (DateTime.UtcNow > deadline || Silo!.HasExited || Gateway!.HasExited)
            {
                throw new TimeoutException($"The silo and gateway were not ready within {timeout}.\n{Logs()}");
            }

            await Task.Delay(250, cancel);
        }
    }

    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = connectionString,
            ["Orleans__ClusterId"] = clusterId,
        };
        if (quietLogs)
        {
            environment["Logging__LogLevel__Default"] = "Warning";
            environment["Logging__LogLevel__Microsoft.AspNetCore.Routing"] = "Warning";
            environment["Logging__LogLevel__CaseConference.Gateway.Requests"] = "Warning";
        }

        foreach (var (key, value) in stackEnvironment ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return environment;
    }
}
