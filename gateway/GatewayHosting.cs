using CaseConference.Contracts;
using CaseConference.Gateway.Health;
using CaseConference.Storage;
using Orleans.Configuration;
using Orleans.Serialization;

namespace CaseConference.Gateway;

/// <summary>Gateway wiring in one place: Orleans client, health checks, logging, shutdown.</summary>
public static class GatewayHosting
{
    public static WebApplicationBuilder AddCaseConferenceGateway(this WebApplicationBuilder builder)
    {
        var cluster = ClusterSettings.From(builder.Configuration);
        var connectionString = StorageOptions.From(builder.Configuration).ConnectionString;

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            client.UseCaseConferenceClustering(connectionString);
            client.UseConnectionRetryFilter<ClusterConnectionRetry>();
            client.Services.AddSerializer(s => s.AddCaseConferenceSerialization());
        });

        if (builder.Configuration.GetValue<bool>("Logging:Json"))
        {
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
        builder.Services.AddSingleton(new DatabaseHealthCheck(connectionString));
        builder.Services.AddProblemDetails();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        return builder;
    }

    public static WebApplication MapCaseConferenceGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthEndpoints();
        return app;
    }
}
