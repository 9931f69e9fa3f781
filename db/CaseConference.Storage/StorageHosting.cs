using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace CaseConference.Storage;

/// <summary>
/// The one place that wires durable storage: Orleans membership, grain state and reminders in
/// PostgreSQL through the ADO.NET providers, whose statements live in the database (see
/// db/migrations). Apply <see cref="SchemaMigrator"/> before a silo starts: the providers refuse
/// to start without their statements.
/// </summary>
public static class StorageHosting
{
    /// <summary>The grain state store product grains name in [PersistentState].</summary>
    public const string GrainStore = "cases";

    /// <summary>ADO.NET invariant the providers load Npgsql by; silos and clients reference Npgsql.</summary>
    public const string Invariant = "Npgsql";

    // Grain state as plain System.Text.Json (not Orleans' default Newtonsoft serializer with its
    // $type/$id metadata), so the json column holds what the domain's JSON attributes describe.
    private static readonly JsonStateSerializer StateSerializer = new();

    /// <summary>
    /// Membership, the default and the <see cref="GrainStore"/> grain state stores, reminders, and
    /// an <see cref="NpgsqlDataSource"/> (one connection pool, shared by all of them and by
    /// <see cref="IAuditLog"/>, <see cref="IConferenceLog"/>, <see cref="INotificationStore"/> and
    /// <see cref="IReviewScheduleStore"/>) in the silo's services, of at most
    /// <see cref="ConnectionPool.SiloMaxPoolSize"/> connections unless the connection string says.
    /// </summary>
    public static ISiloBuilder UseCaseConferenceStorage(this ISiloBuilder silo, string connectionString)
    {
        AddDataSource(silo.Services, connectionString, ConnectionPool.SiloMaxPoolSize);
        silo.Services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        silo.Services.TryAddSingleton<IConferenceLog, PostgresConferenceLog>();
        silo.Services.TryAddSingleton<INotificationStore, PostgresNotificationStore>();
        silo.Services.TryAddSingleton<IReviewScheduleStore, PostgresReviewScheduleStore>();

        silo.UseAdoNetClustering((OptionsBuilder<AdoNetClusteringSiloOptions> o) =>
            o.Configure<NpgsqlDataSource>((options, database) =>
            {
                options.Invariant = Invariant;
                options.DataSource = database;
            }));
        silo.AddAdoNetGrainStorageAsDefault((OptionsBuilder<AdoNetGrainStorageOptions> o) =>
            o.Configure<NpgsqlDataSource>(ConfigureGrainStorage));
        silo.AddAdoNetGrainStorage(GrainStore, (OptionsBuilder<AdoNetGrainStorageOptions> o) =>
            o.Configure<NpgsqlDataSource>(ConfigureGrainStorage));
        silo.UseAdoNetReminderService((OptionsBuilder<AdoNetReminderTableOptions> o) =>
            o.Configure<NpgsqlDataSource>((options, database) =>
            {
                options.Invariant = Invariant;
                options.DataSource = database;
            }));
        return silo;
    }

    /// <summary>An Orleans client (the gateway) finds silos through the membership table.</summary>
    public static IClientBuilder UseCaseConferenceClustering(this IClientBuilder client, string connectionString)
    {
        AddDataSource(client.Services, connectionString, ConnectionPool.GatewayMaxPoolSize);
        client.UseAdoNetClustering((OptionsBuilder<AdoNetClusteringClientOptions> o) =>
            o.Configure<NpgsqlDataSource>((options, database) =>
            {
                options.Invariant = Invariant;
                options.DataSource = database;
            }));
        return client;
    }

    private static void ConfigureGrainStorage(AdoNetGrainStorageOptions options, NpgsqlDataSource database)
    {
        options.Invariant = Invariant;
        options.DataSource = database;
        options.GrainStorageSerializer = StateSerializer;
    }

    // TryAdd: wiring both a silo and a client into one container, or calling twice, keeps one pool.
    private static void AddDataSource(IServiceCollection services, string connectionString, int maxPoolSize)
    {
        var pooled = ConnectionPool.WithPoolSize(connectionString, maxPoolSize);
        services.TryAddSingleton(_ => NpgsqlDataSource.Create(pooled));
    }
}
