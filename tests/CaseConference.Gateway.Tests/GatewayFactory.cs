using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseConference.Gateway.Tests;

/// <summary>
/// One gateway process as WebApplicationFactory hosts it: the real Program and pipeline. The
/// in-process test cluster's silos talk over an in-memory transport that a separate TCP Orleans
/// client cannot reach, so the gateway's own Orleans client is swapped for the test cluster's
/// client. Two factories are two gateways: each has its own hubs, relays and observer
/// subscriptions (the part "one subscription per gateway" is about), sharing one cluster client.
/// </summary>
public sealed class GatewayFactory(TestCluster cluster) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (not ConfigureAppConfiguration): Program reads these while building the host.
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", cluster.Database.ConnectionString);
        builder.UseSetting("Orleans:ClusterId", cluster.ClusterId);
        builder.UseSetting("Orleans:ServiceId", cluster.ServiceId);
        builder.UseSetting("Live:Renewal", "00:00:05");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && IsOrleans(d)).ToList())
            {
                services.Remove(hosted);
            }

            services.AddSingleton(cluster.Client);
            services.AddSingleton<IGrainFactory>(cluster.Client);
        });
    }

    private static bool IsOrleans(ServiceDescriptor d) =>
        (d.ImplementationType ?? d.ImplementationInstance?.GetType() ?? d.ImplementationFactory?.Method.DeclaringType)?.FullName?.StartsWith("Orleans", StringComparison.Ordinal) == true;
}
