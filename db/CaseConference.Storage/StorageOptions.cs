using Microsoft.Extensions.Configuration;

namespace CaseConference.Storage;

/// <summary>Where the PostgreSQL database is (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string MissingConnectionString =
        "Storage:ConnectionString is empty. Set it in configuration or as the environment variable " +
        "Storage__ConnectionString (./run.sh sets it for its private PostgreSQL).";

    /// <summary>An Npgsql connection string; the role should own its database (PostgreSQL 15).</summary>
    public string ConnectionString { get; set; } = "";

    public static StorageOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<StorageOptions>() ?? new StorageOptions();

    /// <summary>
    /// Fails early with a message that says what to set, rather than letting an Orleans provider
    /// fail later with one about its own options.
    /// </summary>
    public static string Require(string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(MissingConnectionString) : connectionString;
}
