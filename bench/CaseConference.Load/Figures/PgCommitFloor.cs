using System.Diagnostics;
using CaseConference.Load.Measure;
using Npgsql;

namespace CaseConference.Load.Figures;

/// <summary>
/// Floor 1: one single-row INSERT in autocommit on the run's database, one after another, as a minute entry's least
/// cost.
/// </summary>
public static class PgCommitFloor
{
    public static async Task RunAsync(LoadRun run)
    {
        await using var connection = new NpgsqlConnection(run.Postgres.ConnectionString);
        await connection.OpenAsync(run.Cancel);
        await using (var create =
            new NpgsqlCommand(
            "CREATE TABLE floor_commits (id bigserial PRIMARY KEY, text text NOT NULL, at timestamptz NOT NULL DEFAULT now())", connection))
        {
            await create.ExecuteNonQueryAsync(run.Cancel);
        }

        await using var insert = new NpgsqlCommand("INSERT INTO floor_commits (text) VALUES ($1)", connection);
        var text = new NpgsqlParameter { Value = "" };
        insert.Parameters.Add(text);
        await insert.PrepareAsync(run.Cancel);
        var commits = new Latencies();
        for (var i = 0; i < run.Options.CommitSamples; i++)
        {
            text.Value = run.Posting.Text("floor");
            var start = Stopwatch.GetTimestamp();
            await insert.ExecuteNonQueryAsync(run.Cancel);
            commits.Add(Latencies.Since(start));
        }

        run.Floors["commit.p50"] = commits.P50;
        run.Floors["commit.p99"] = commits.P99;
        run.Report.Section("Floor 1: PostgreSQL single-row commit (Npgsql INSERT, autocommit, same database)");
        run.Report.Figure($"{run.Options.CommitSamples} commits, one at a time", commits.ToString());
    }
}
