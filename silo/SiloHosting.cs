using System.Net;
using CaseConference.Grains;
using CaseConference.Grains.Reviews;
using CaseConference.Storage;
using Orleans.Configuration;

namespace CaseConference.Silo;

/// <summary>Silo wiring: cluster identity, endpoints, storage. Program.cs stays a few lines.</summary>
public static class SiloHosting
{
    public static HostApplicationBuilder AddCaseConferenceSilo(this HostApplicationBuilder builder)
    {
        var cluster = ClusterSettings.From(builder.Configuration);
        if (builder.Configuration.GetValue<bool>("Logging:Json"))
        {
            // One JSON object per line with a UTC timestamp, for log collectors (as the gateway's).
            builder.Logging.ClearProviders().AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }

        var connectionString = StorageOptions.From(builder.Configuration).ConnectionString;

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedIP), cluster.SiloPort, cluster.GatewayPort);
            silo.UseCaseConferenceStorage(connectionString);
            silo.UseQuickFailureDetection(builder.Configuration);
            silo.AddCaseConferenceGrains();
        });
        builder.Services.Configure<ScheduleOptions>(builder.Configuration.GetSection(ScheduleOptions.SectionName));

        // Give activations time to write their state and hand over on Ctrl+C or SIGTERM.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }
}
