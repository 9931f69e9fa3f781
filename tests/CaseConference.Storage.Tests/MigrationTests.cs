using CaseConference.Testing;
using Shouldly;

namespace CaseConference.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Applying_twice_applies_everything_once()
    {
        await using var database = await TestDatabase.CreateAsync();

        (await SchemaMigrator.ApplyAsync(database.ConnectionString)).ShouldBe(SchemaMigrator.Migrations.Count);
        (await SchemaMigrator.ApplyAsync(database.ConnectionString)).ShouldBe(0);

        var recorded = await database.ScalarAsync<long>("SELECT count(*) FROM schema_version");
        recorded.ShouldBe(SchemaMigrator.Migrations.Count);
    }

    [Fact]
    public async Task Silos_starting_together_apply_each_migration_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync();

        var applied = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Task.Run(() => SchemaMigrator.ApplyAsync(database.ConnectionString))));

        applied.Sum().ShouldBe(SchemaMigrator.Migrations.Count);
        (await database.ScalarAsync<long>("SELECT count(*) FROM schema_version"))
            .ShouldBe(SchemaMigrator.Migrations.Count);
    }

    [Fact]
    public void Migrations_are_embedded_in_version_order()
    {
        var versions = SchemaMigrator.Migrations.Select(m => m.Version).ToList();
        versions.ShouldBe(versions.Order().ToList());
        versions.ShouldContain(1);
        versions.ShouldContain(5);
    }

    [Fact]
    public async Task An_empty_connection_string_says_what_to_set()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(() => SchemaMigrator.ApplyAsync(""));
        error.Message.ShouldContain("Storage__ConnectionString");
    }
}
