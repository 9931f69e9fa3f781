using CaseConference.Contracts;
using CaseConference.Gateway.Health;
using CaseConference.Gateway.Infrastructure;
using CaseConference.Gateway.Live;
using CaseConference.Gateway.Web;
using CaseConference.Storage;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;

namespace CaseConference.Gateway;

/// <summary>Gateway wiring in one place: Orleans client, health checks, logging, shutdown, the API.</summary>
public static class GatewayHosting
{
    public static WebApplicationBuilder AddCaseConferenceGateway(this WebApplicationBuilder builder)
    {
        var connectionString = StorageOptions.From(builder.Configuration).ConnectionString;
        builder.UseOrleansClient(client => client.UseCaseConferenceCluster(builder.Configuration));

        if (builder.Configuration.GetValue<bool>("Logging:Json"))
        {
            builder.Logging.ClearProviders().AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }

        builder.Logging.AddSecretFreeLogging();
        builder.AddCaseConferenceTelemetry();
        builder.Services.AddOperatorPolicy(builder.Configuration);

        builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
        builder.Services.AddSingleton(new DatabaseHealthCheck(connectionString));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.AddCaseConferenceApi();
        return builder;
    }

    /// <summary>
    /// How long a grain call may take before the caller gets a 503: near the time the cluster takes
    /// to declare a dead silo (silo/FailureDetection.cs, about 4-6 s), so a call caught on a dead silo
    /// costs seconds, not Orleans' default 30 s. Configurable as <c>Orleans:ResponseTimeout</c>.
    /// </summary>
    public static readonly TimeSpan DefaultResponseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The gateway's Orleans client: membership from PostgreSQL, domain types as JSON on the wire.</summary>
    public static IClientBuilder UseCaseConferenceCluster(this IClientBuilder client, IConfiguration configuration)
    {
        var cluster = ClusterSettings.From(configuration);
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        client.UseCaseConferenceClustering(StorageOptions.From(configuration).ConnectionString);
        client.Configure<ClientMessagingOptions>(o =>
            o.ResponseTimeout = configuration.GetValue("Orleans:ResponseTimeout", DefaultResponseTimeout));
        // A silo that joins is used within seconds; one that dies is dropped at once (its connection closes).
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(10));
        client.UseConnectionRetryFilter<ClusterConnectionRetry>();
        var changes = new ClusterChanges();
        client.Services.AddSingleton(changes);
        client.AddClusterConnectionStatusObserver(changes);
        client.Services.AddSerializer(s => s.AddCaseConferenceSerialization());
        client.AddActivityPropagation();
        if (OperatorDashboard.Enabled(configuration))
        {
            client.AddDashboard(o => o.HideTrace = true);
        }

        return client;
    }

    public static WebApplication MapCaseConferenceGateway(this WebApplication app)
    {
        app.UseSafeRequestLog();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthEndpoints();
        app.MapTelemetry();
        app.MapOperatorDashboard();
        app.MapCaseConferenceApi();
        app.MapWebApp();
        return app;
    }
}
