using CaseConference.Testing;
using Npgsql;
using Shouldly;
using static CaseConference.Storage.Tests.StoredStatements;

namespace CaseConference.Storage.Tests;

/// <summary>The grain state table and its statements keep the provider's optimistic contract.</summary>
public sealed class GrainStateTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(migrate: true);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_table_refuses_a_second_row_for_one_grain()
    {
        const string insert =
            "INSERT INTO orleans_grain_state (service_id, state_name, n0, n1, key_ext, payload, version) VALUES ('s', 'ledger', 0, 0, 'a', '{}', 1)";
        await database.ScalarAsync<object>(insert);

        var error = await Should.ThrowAsync<PostgresException>(() => database.ScalarAsync<object>(insert));
        error.SqlState.ShouldBe(PostgresErrorCodes.UniqueViolation);
    }

    [Fact]
    public async Task Of_concurrent_first_writes_exactly_one_inserts()
    {
        var writes = await Task.WhenAll(Enumerable.Range(1, 8).Select(n =>
            database.RunAsync("WriteToStorageKey",
                GrainParameters("ledger", "race", version: null, json: $"{{\"n\":{n}}}"))));

        writes.Count(rows => rows.Count == 1).ShouldBe(1);
        writes.Single(rows => rows.Count == 1)[0]["NewGrainStateVersion"].ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_write_changes_nothing_and_returns_no_version()
    {
        (await database.RunAsync("WriteToStorageKey", GrainParameters("ledger", "k", null, """{"entries":[1]}""")))
            .Single()["NewGrainStateVersion"].ShouldBe(1);
        (await database.RunAsync("WriteToStorageKey", GrainParameters("ledger", "k", 1, """{"entries":[1,2]}""")))
            .Single()["NewGrainStateVersion"].ShouldBe(2);

        (await database.RunAsync("WriteToStorageKey", GrainParameters("ledger", "k", 1, """{"entries":[9]}""")))
            .ShouldBeEmpty();
        (await database.RunAsync("WriteToStorageKey", GrainParameters("ledger", "k", null, """{"entries":[9]}""")))
            .ShouldBeEmpty();

        var read = (await database.RunAsync("ReadFromStorageKey", GrainParameters("ledger", "k", null))).Single();
        read["Version"].ShouldBe(2);
        System.Text.Encoding.UTF8.GetString((byte[])read["PayloadBinary"]!).ShouldBe("""{"entries":[1,2]}""");
        (await database.GrainStateJsonAsync("k")).ShouldBe("""{"entries":[1,2]}""");
    }

    [Fact]
    public async Task Clearing_keeps_the_version_chain_and_drops_the_payload()
    {
        await database.RunAsync("WriteToStorageKey", GrainParameters("ledger", "c", null, "{}"));

        (await database.RunAsync("ClearStorageKey", GrainParameters("ledger", "c", 5))).ShouldBeEmpty();
        (await database.RunAsync("ClearStorageKey", GrainParameters("ledger", "c", 1))).Single()["NewGrainStateVersion"]
            .ShouldBe(2);

        var read = (await database.RunAsync("ReadFromStorageKey", GrainParameters("ledger", "c", null))).Single();
        read["PayloadBinary"].ShouldBeNull();
        read["Version"].ShouldBe(2);
    }

    [Fact]
    public async Task A_guid_key_reads_as_the_guid()
    {
        // As the provider splits a Guid key: the two little-endian halves of ToByteArray().
        var id = Guid.NewGuid();
        var bytes = id.ToByteArray();
        var key = await database.ScalarAsync<string>("SELECT orleans_grain_key($1, $2, '')",
            BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8));
        key.ShouldBe(id.ToString());
    }
}
