using System.Text.Json.Nodes;
using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using Orleans.Runtime;
using Shouldly;

namespace CaseConference.Cluster.Tests.Conferences;

/// <summary>Issue 9: a KK's entries and events are rows of their own; its snapshot does not grow with them.</summary>
public sealed class ConferenceStorageTests : IAsyncLifetime
{
    private readonly CountingConferenceLog log = new();
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync(configureSilo: log.WireInto);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task
        Issue09_a_minutes_entry_writes_its_two_rows_and_the_snapshot_stays_the_same_after_5_and_500_entries()
    {
        var (panti, kkId) = await InSessionAsync();
        var kk = panti.Conference(kkId);
        await RecordAsync(panti, kk, 1, 5);
        var (sizeAt5, versionAt5) = await SnapshotRowAsync(kkId);
        var eventsAt5 = await CountAsync("conference_events", kkId);

        var entry = await kk.RecordMinute(panti.Sekretaris, IfMatch.None, "Entri keenam.");
        (await CountAsync("conference_minutes", kkId)).ShouldBe(6);
        (await CountAsync("conference_events", kkId)).ShouldBe(eventsAt5 + 1);
        entry.Version.ShouldBe(eventsAt5 + 1);

        await RecordAsync(panti, kk, 7, 500);
        var (sizeAt500, versionAt500) = await SnapshotRowAsync(kkId);
        (sizeAt500, versionAt500).ShouldBe((sizeAt5, versionAt5), "a minutes entry does not rewrite the snapshot");
        (await CountAsync("conference_minutes", kkId)).ShouldBe(500);

        // A long KK is read a page at a time, and every event can still be caught up on.
        var snapshot = await kk.Snapshot(panti.Pimpinan);
        (snapshot.MinuteCount, snapshot.Conference.Minutes.Count) .ShouldBe((500, ConferenceSnapshot.LatestMinutes));
        snapshot.Conference.Minutes[^1].Number.ShouldBe(500);
        (await kk.MinutesBefore(panti.Pimpinan, 451, 100)).Select(m => m.Number).ShouldBe(Enumerable.Range(351, 100));
        (await kk.MinutesBefore(panti.Pimpinan, 3, 100)).Select(m => m.Number).ShouldBe([1, 2]);
        (await kk.EventsSince(0)).Select(e => e.Sequence)
            .ShouldBe(Enumerable.Range(1, (int)snapshot.Version).Select(n => (long)n));
    }

    [Fact]
    public async Task Issue09_a_crash_between_the_snapshot_and_its_rows_loses_no_event_and_doubles_none()
    {
        var (panti, kkId) = await InSessionAsync();
        var kk = panti.Conference(kkId);
        await RecordAsync(panti, kk, 1, 3);
        var version = await kk.NameDeputySecretary(panti.Sekretaris, IfMatch.None, panti.PeksosId);
        var expected = await kk.EventsSince(0);

        // As if the silo died after writing the snapshot and before the event's row.
        (await world.Cluster.Database.ScalarAsync<long>(
            "WITH gone AS (DELETE FROM conference_events WHERE conference_id = $1 AND sequence = $2 RETURNING 1) SELECT count(*) FROM gone",
            kkId, version)).ShouldBe(1);
        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        (await kk.EventsSince(0)).ShouldBe(expected);
        (await CountAsync("conference_events", kkId)).ShouldBe(version);
        var next = await kk.RecordMinute(panti.Sekretaris, IfMatch.None, "Setelah mulai ulang.");
        (next.Value.Number, next.Version).ShouldBe((4, version + 1));
        (await panti.KkAsync(kkId)).Minutes.Select(m => m.Number).ShouldBe([1, 2, 3, 4]);
    }

    [Fact]
    public async Task Issue09_state_written_with_entries_and_events_inside_moves_them_to_their_rows_once()
    {
        var (panti, kkId) = await InSessionAsync();
        var kk = panti.Conference(kkId);
        await RecordAsync(panti, kk, 1, 3);
        var expected = await kk.EventsSince(0);
        var minutes = (await panti.KkAsync(kkId)).Minutes;

        // The state as it was written before conference_events and conference_minutes existed.
        var json = JsonNode.Parse((await world.Cluster.Database.GrainStateJsonAsync(kkId.ToString(), "conference"))!)!;
        json["conference"]!["minutes"] = System.Text.Json.JsonSerializer.SerializeToNode(minutes,
            Storage.JsonStateSerializer.Options);
        json["events"] = System.Text.Json.JsonSerializer.SerializeToNode(expected, Storage.JsonStateSerializer.Options);
        json["version"] = 0;
        json["pending"] = new JsonArray();
        await world.Cluster.Database.ScalarAsync<int>(
            "WITH old AS (UPDATE orleans_grain_state SET payload = $2::json WHERE state_name = 'conference' AND grain_key = $1 RETURNING 1), " +
            "e AS (DELETE FROM conference_events WHERE conference_id = $3 RETURNING 1), m AS (DELETE FROM conference_minutes WHERE conference_id = $3 RETURNING 1) " +
            "SELECT count(*)::int FROM old", kkId.ToString(), json.ToJsonString(), kkId);
        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        (await kk.EventsSince(0)).ShouldBe(expected);
        (await panti.KkAsync(kkId)).Minutes.ShouldBe(minutes);
        (await CountAsync("conference_minutes", kkId)).ShouldBe(3);
        var stored =
            JsonNode.Parse((await world.Cluster.Database.GrainStateJsonAsync(kkId.ToString(), "conference"))!)!;
        (stored["events"]!.AsArray().Count, stored["conference"]!["minutes"]!.AsArray().Count).ShouldBe((0, 0));
        (await kk.RecordMinute(panti.Sekretaris, IfMatch.None, "Sesudah pindah.")).Value.Number.ShouldBe(4);
    }

    [Fact]
    public async Task
        Issue09_activating_a_500_entry_kk_reads_a_bounded_number_of_rows_and_its_seal_still_covers_every_entry()
    {
        var (panti, kkId) = await InSessionAsync();
        var kk = panti.Conference(kkId);
        await RecordAsync(panti, kk, 1, 500);

        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        log.Reset();
        var snapshot = await kk.Snapshot(panti.Pimpinan);
        // The last entries and the last events, and a count: not the KK's 500 entries and 500 events.
        log.RowsRead.ShouldBeLessThanOrEqualTo(ConferenceSnapshot.LatestMinutes + 128 + 1);
        (snapshot.MinuteCount, snapshot.Conference.Minutes[0].Number).ShouldBe((500, 451));

        // The rules still see every entry: numbering goes on, the first entry can be amended, pages reach back.
        (await kk.AmendMinute(panti.Sekretaris, IfMatch.None, 1, "Ralat catatan nomor 1.")).Value.Number.ShouldBe(501);
        (await kk.MinutesBefore(panti.Pimpinan, 3, 100)).Select(m => m.Text).ShouldBe(
            ["Catatan nomor 1: peksos memaparkan perkembangan klien.",
                "Catatan nomor 2: peksos memaparkan perkembangan klien."]);
        (await kk.Snapshot(panti.Pimpinan)).AmendmentCount.ShouldBe(1);

        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await panti.CloseAsync(kkId);
        (await kk.VerifySeal(panti.Pimpinan)).Intact.ShouldBeTrue();

        // The seal, computed a page at a time, is KK10's hash over the whole KK held at once.
        var sealedKk = (await kk.Snapshot(panti.Pimpinan)).Conference;
        var all = new List<MinuteEntry>();
        for (var before = 502; before > 1; before = all[0].Number)
        {
            all.InsertRange(0, await kk.MinutesBefore(panti.Pimpinan, before, 100));
        }

        sealedKk.HoldMinutes(all, all.Count);
        all.Select(m => m.Number).ShouldBe(Enumerable.Range(1, 501));
        MinutesSeal.Compute(sealedKk, sealedKk.PreviousSealHash).ShouldBe(sealedKk.SealHash);
    }

    [Fact]
    public async Task
        Issue09_a_reader_after_the_grain_moved_pages_back_through_every_entry_not_only_the_snapshots_window()
    {
        var (panti, kkId) = await InSessionAsync();
        var kk = panti.Conference(kkId);
        await RecordAsync(panti, kk, 1, 59);
        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var firstPage = await kk.MinutesBefore(panti.Pimpinan, int.MaxValue, 100);
        firstPage.Select(m => m.Number).ShouldBe(Enumerable.Range(1, 59));
        (await kk.MinutesBefore(panti.Pimpinan, int.MaxValue, 20)).Select(m => m.Number)
            .ShouldBe(Enumerable.Range(40, 20));
        (await kk.MinutesBefore(panti.Pimpinan, 40, 20)).Select(m => m.Number).ShouldBe(Enumerable.Range(20, 20));
        (await kk.MinutesBefore(panti.Pimpinan, 5, 20)).Select(m => m.Number).ShouldBe(Enumerable.Range(1, 4));
    }

    [Fact]
    public async Task Issue09_a_retried_entry_older_than_memory_holds_answers_from_its_row_with_or_without_if_match()
    {
        var (panti, kkId) = await InSessionAsync();
        var kk = panti.Conference(kkId);
        var etag = IfMatch.Version(await kk.Version(panti.Sekretaris));
        var first = await kk.RecordMinute(panti.Sekretaris, etag, "Entri berkunci.", "kunci-lama");
        await RecordAsync(panti, kk, 2, 2 + (2 * ConferenceSnapshot.LatestMinutes) + 1);

        (await kk.RecordMinute(panti.Sekretaris, etag, "Entri berkunci.", "kunci-lama")).ShouldBe(first);
        (await kk.RecordMinute(panti.Sekretaris, IfMatch.None, "Entri berkunci.", "kunci-lama")).ShouldBe(first);
        (await Should.ThrowAsync<RefusedException>(() => kk.RecordMinute(panti.Sekretaris, IfMatch.None, "Teks lain.",
            "kunci-lama")))
            .Code.ShouldBe("idempotency_key_reused");
        (await kk.RecordMinute(panti.Sekretaris, IfMatch.None, "Entri baru.", "kunci-baru"))
            .Value.Number.ShouldBe(2 * ConferenceSnapshot.LatestMinutes + 4);
        (await CountAsync("conference_minutes", kkId)).ShouldBe(2 * ConferenceSnapshot.LatestMinutes + 4);
    }

    private async Task<(TestPanti Panti, Guid KkId)> InSessionAsync()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var kkId = await panti.NextRegularKkAsync();
        await panti.OpenAsync(kkId);
        return (panti, kkId);
    }

    private static async Task RecordAsync(TestPanti panti, IConferenceGrain kk, int from, int to)
    {
        for (var n = from; n <= to; n++)
        {
            (await kk.RecordMinute(panti.Sekretaris, IfMatch.None,
                $"Catatan nomor {n}: peksos memaparkan perkembangan klien.")).Value.Number.ShouldBe(n);
        }
    }

    private async Task<(int Size, int Version)> SnapshotRowAsync(Guid kkId)
    {
        var size = await world.Cluster.Database.ScalarAsync<int>(
            "SELECT octet_length(payload::text) FROM orleans_grain_state WHERE state_name = 'conference' AND grain_key = $1", kkId.ToString());
        var version = await world.Cluster.Database.ScalarAsync<int>(
            "SELECT version FROM orleans_grain_state WHERE state_name = 'conference' AND grain_key = $1",
                kkId.ToString());
        return (size, version);
    }

    private Task<long> CountAsync(string table, Guid kkId) =>
        world.Cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE conference_id = $1", kkId);
}
