using System.Data;
using CaseConference.Testing;
using Shouldly;

namespace CaseConference.Storage.Tests;

/// <summary>Membership writes succeed only against the table version they read.</summary>
public sealed class MembershipStatementTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(migrate: true);

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static (string, object?, DbType)[] Silo(int version, int port = 11111) =>
    [
        ("DeploymentId", "c1", DbType.String),
        ("IAmAliveTime", DateTime.UtcNow, DbType.DateTime),
        ("SiloName", "silo", DbType.String),
        ("HostName", "host", DbType.String),
        ("Address", "127.0.0.1", DbType.AnsiString),
        ("Port", port, DbType.Int32),
        ("Generation", 7, DbType.Int32),
        ("StartTime", DateTime.UtcNow, DbType.DateTime),
        ("Status", 3, DbType.Int32),
        ("ProxyPort", 30000, DbType.Int32),
        ("Version", version, DbType.Int32),
    ];

    private Task<List<Dictionary<string, object?>>> ReadAll() =>
        database.RunAsync("MembershipReadAllKey", ("DeploymentId", "c1", DbType.String));

    [Fact]
    public async Task Only_the_first_silo_creates_the_version_row()
    {
        (await database.RunAsync("InsertMembershipVersionKey", ("DeploymentId", "c1", DbType.String))).Single()
            .Values.Single().ShouldBe(true);
        (await database.RunAsync("InsertMembershipVersionKey", ("DeploymentId", "c1", DbType.String))).Single()
            .Values.Single().ShouldBe(false);

        var empty = (await ReadAll()).Single();
        empty["Version"].ShouldBe(0);
        empty["StartTime"].ShouldBeNull();
    }

    [Fact]
    public async Task A_write_against_a_stale_version_changes_nothing()
    {
        await database.RunAsync("InsertMembershipVersionKey", ("DeploymentId", "c1", DbType.String));

        (await database.RunAsync("InsertMembershipKey", Silo(version: 3))).Single().Values.Single().ShouldBe(false);
        (await ReadAll()).Single()["StartTime"].ShouldBeNull();

        (await database.RunAsync("InsertMembershipKey", Silo(version: 0))).Single().Values.Single().ShouldBe(true);
        (await database.RunAsync("InsertMembershipKey", Silo(version: 0, port: 11112))).Single().Values.Single()
            .ShouldBe(false);

        var rows = await ReadAll();
        rows.Single()["Version"].ShouldBe(1);
        rows.Single()["Port"].ShouldBe(11111);
    }

    [Fact]
    public async Task Of_concurrent_writers_with_one_version_exactly_one_wins()
    {
        await database.RunAsync("InsertMembershipVersionKey", ("DeploymentId", "c1", DbType.String));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            database.RunAsync("InsertMembershipKey", Silo(version: 0, port: 20000 + i))));

        results.Count(r => (bool)r.Single().Values.Single()!).ShouldBe(1);
        var rows = await ReadAll();
        rows.Count.ShouldBe(1);
        rows.Single()["Version"].ShouldBe(1);
    }
}
