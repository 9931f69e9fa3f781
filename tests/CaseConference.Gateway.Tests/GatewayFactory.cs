using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseConference.Gateway.Tests;

/// <summary>
/// One gateway process as WebApplicationFactory hosts it: the real Program and pipeline. The
/// in-process test cluster's silos talk over an in-memory transport that a separate TCP Orleans
/// client cannot reach, so the gateway's own Orleans client is swapped for the test cluster's
/// client. Two factories are two gateways: each has its own hubs, relays and observer
/// subscriptions (the part "one subscription per gateway" is about), sharing one cluster client.
/// </summary>
/// <remarks>
/// Sign-in throttling (finding 7) is set wide open here, since every test client shares one
/// address; tests of the throttle pass their own <paramref name="settings"/> and tell clients
/// apart with the <see cref="ClientAddressHeader"/> header.
/// </remarks>
public sealed class GatewayFactory(TestCluster cluster, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (not ConfigureAppConfiguration): Program reads these while building the host.
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", cluster.Database.ConnectionString);
        builder.UseSetting("Orleans:ClusterId", cluster.ClusterId);
        builder.UseSetting("Orleans:ServiceId", cluster.ServiceId);
        builder.UseSetting("Live:Renewal", "00:00:05");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Accounts:SignInPerClient", "1000000");
        builder.UseSetting("Accounts:SignInPerNameAndClient", "1000000");
        builder.UseSetting("Accounts:SignInConcurrency", "64");
        builder.UseSetting("Accounts:SignInQueue", "10000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        // The gateway lets static files log at Information (their Debug lines carry paths); in tests
        // that is a line per file on the console, so tests keep it to warnings.
        builder.ConfigureLogging(logging => logging.AddFilter("Microsoft.AspNetCore.StaticFiles", LogLevel.Warning));

        builder.ConfigureTestServices(services =>
        {
            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && IsOrleans(d))
                .ToList())
            {
                services.Remove(hosted);
            }

            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            services.AddSingleton(cluster.Client);
            services.AddSingleton<IGrainFactory>(cluster.Client);
        });
    }

    private static bool IsOrleans(ServiceDescriptor d) =>
        (d.ImplementationType ?? d.ImplementationInstance?.GetType()
            ?? d.ImplementationFactory?.Method.DeclaringType)?.FullName?.StartsWith("Orleans",
            StringComparison.Ordinal) == true;

    /// <summary>The test server has no client address; a test names one per simulated client.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, then) =>
            {
                if (System.Net.IPAddress.TryParse(http.Request.Headers[ClientAddressHeader].ToString(),
                    out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }

                return then(http);
            });
            next(app);
        };
    }
}
