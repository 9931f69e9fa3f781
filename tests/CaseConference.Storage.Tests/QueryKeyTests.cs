using System.Reflection;
using System.Text.RegularExpressions;
using CaseConference.Testing;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService;
using Orleans.Storage;
using Shouldly;

namespace CaseConference.Storage.Tests;

/// <summary>The providers refuse to start unless every statement they need is stored.</summary>
public sealed class QueryKeyTests
{
    // The required keys of Orleans 10.4.2, spelled out so a failure reads plainly.
    private static readonly string[] Required =
    [
        "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
        "ReadReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey",
        "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey",
    ];

    [Fact]
    public async Task Every_required_key_is_stored()
    {
        var stored = await StoredKeysAsync();
        Required.Where(key => !stored.Contains(key)).ShouldBeEmpty();
    }

    /// <summary>
    /// Asks the referenced provider assemblies themselves which keys they check for, so a
    /// package upgrade that adds a key fails here rather than at silo start.
    /// </summary>
    [Fact]
    public async Task Every_key_the_referenced_providers_ask_for_is_stored()
    {
        var clustering = KeysCheckedBy(typeof(AdoNetClusteringTable).Assembly);
        var reminders = KeysCheckedBy(typeof(AdoNetReminderTableOptions).Assembly);
        var persistence = Regex.Matches(AdoNetGrainStorage.DefaultInitializationQuery, @"QueryKey = '(\w+)'")
            .Select(m => m.Groups[1].Value).ToList();
        clustering.Count.ShouldBeGreaterThan(0);
        reminders.Count.ShouldBeGreaterThan(0);
        persistence.Count.ShouldBeGreaterThan(0);

        var stored = await StoredKeysAsync();
        clustering.Concat(reminders).Concat(persistence).Where(key => !stored.Contains(key)).ShouldBeEmpty();
    }

    // Each provider assembly compiles its own internal DbStoredQueries, whose non-public
    // properties are exactly the keys its constructor demands.
    private static List<string> KeysCheckedBy(Assembly assembly) =>
        assembly.GetTypes().Single(t => t.Name == "DbStoredQueries")
            .GetProperties(BindingFlags.Instance | BindingFlags.NonPublic).Select(p => p.Name).ToList();

    private static async Task<HashSet<string>> StoredKeysAsync()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: true);
        await using var connection = await database.OpenConnectionAsync();
        // The provider's own statement, unquoted as it sends it.
        await using var command = new Npgsql.NpgsqlCommand("SELECT QueryKey, QueryText FROM OrleansQuery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(reader.GetOrdinal("QueryKey")));
        }

        return keys;
    }
}
