using CaseConference.Contracts;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using Npgsql;
using Shouldly;

namespace CaseConference.Cluster.Tests.Conferences;

/// <summary>
/// KK10 through the grains: closing seals into the panti's chain, and a change made in the database shows.
/// </summary>
public sealed class SealTests : IAsyncLifetime
{
    private const string Minute = "Peksos memaparkan hasil asesmen.";

    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task KK10_closing_seals_the_minutes_into_the_chain_and_a_change_made_in_the_database_is_detected()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        var firstId = await panti.NextRegularKkAsync();
        var first = panti.Conference(firstId);
        var item = (await first.AddAgendaItem(panti.Sekretaris, IfMatch.None, clientId, AgendaPurpose.Placement, null))
            .Value;
        await panti.OpenAsync(firstId);
        await first.RecordMinute(panti.Sekretaris, IfMatch.None, Minute);
        await panti.DecideAsync(firstId, item, TestPanti.Placement());
        await panti.CloseAsync(firstId);

        var sealedKk = await panti.KkAsync(firstId);
        sealedKk.State.ShouldBe(ConferenceState.Sealed);
        sealedKk.PreviousSealHash.ShouldBeNull();
        sealedKk.SealHash.ShouldBe(MinutesSeal.Compute(sealedKk, null));
        (await first.VerifySeal(panti.Psikolog)).ShouldBe(new(true, null, sealedKk.SealHash, sealedKk.SealHash));
        await GrainRefusal.Of(RefusalKind.Conflict,
            () => first.RecordMinute(panti.Sekretaris, IfMatch.None, "Tambahan."));
        await GrainRefusal.Of(RefusalKind.Conflict, () => panti.DecideAsync(firstId, item, new KeepFormulation()));

        // The next sealed KK links to the first.
        var secondId = await panti.NextRegularKkAsync();
        await panti.OpenAsync(secondId);
        await panti.Conference(secondId).RecordMinute(panti.Sekretaris, IfMatch.None, "Tidak ada kasus baru.");
        await panti.CloseAsync(secondId);
        var chain = await panti.Grain.SealChain(panti.Pimpinan);
        chain.Select(l => (l.ConferenceId, l.PreviousHash)).ShouldBe([(firstId, null), (secondId, sealedKk.SealHash)]);
        (await panti.Conference(secondId).VerifySeal(panti.Pimpinan)).Intact.ShouldBeTrue();

        // Someone edits the first KK's minutes directly in their table.
        (await ReplaceInStoredMinutes(firstId, Minute, "Peksos tidak hadir.")).ShouldBe(1);

        var check = await first.VerifySeal(panti.Pimpinan);
        check.Intact.ShouldBeFalse();
        check.Problem.ShouldBe("content_changed");
        check.StoredHash.ShouldBe(sealedKk.SealHash);
        check.RecomputedHash.ShouldNotBe(sealedKk.SealHash);
        (await panti.KkAsync(firstId)).Minutes.Single().Text.ShouldBe("Peksos tidak hadir.");
    }

    /// <summary>
    /// Rewrites the text of a conference's stored entries (conference_minutes, db/migrations/0020_conference_log.sql).
    /// </summary>
    private async Task<int> ReplaceInStoredMinutes(Guid conferenceId, string text, string replacement)
    {
        await using var connection = await world.Cluster.Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE conference_minutes SET text = replace(text, $2, $3) WHERE conference_id = $1::uuid AND text LIKE '%' || $2 || '%'",
            connection);
        command.Parameters.AddWithValue(conferenceId.ToString());
        command.Parameters.AddWithValue(text);
        command.Parameters.AddWithValue(replacement);
        return await command.ExecuteNonQueryAsync();
    }
}
