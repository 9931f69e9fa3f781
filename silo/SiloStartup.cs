using CaseConference.Storage;

namespace CaseConference.Silo;

public static class SiloStartup
{
    /// <summary>
    /// Brings the schema up to date before the silo joins: the ADO.NET providers read their
    /// statements from the database at start and refuse to start without them.
    /// </summary>
    public static async Task MigrateAsync(IConfiguration configuration)
    {
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.UseUtcTimestamp = true;
        }));
        var logger = loggers.CreateLogger("CaseConference.Migrations");
        var applied = await SchemaMigrator.ApplyAsync(StorageOptions.From(configuration).ConnectionString, logger);
        logger.LogInformation("Schema up to date ({Applied} migrations applied now)", applied);
    }
}
