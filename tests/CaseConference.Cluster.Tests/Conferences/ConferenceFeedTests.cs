using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Events;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using Shouldly;

namespace CaseConference.Cluster.Tests.Conferences;

/// <summary>LV1 through the grains: a KK's events are numbered, can be caught up on, and are pushed in order.</summary>
public sealed class ConferenceFeedTests : IAsyncLifetime
{
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task LV1_events_are_numbered_without_gaps_caught_up_from_any_point_and_pushed_to_a_follower_in_order()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        var kkId = await panti.NextRegularKkAsync();
        var kk = panti.Conference(kkId);
        var recorder = new FeedRecorder();
        var follower = world.Client.CreateObjectReference<IFeedObserver>(recorder);
        await kk.Subscribe(follower);

        var item = (await kk.AddAgendaItem(panti.Sekretaris, IfMatch.None, clientId, AgendaPurpose.Placement, null))
            .Value;
        await panti.MakeReadyAsync(kkId, item);
        await panti.OpenAsync(kkId);
        string[] minutes = ["Pembukaan oleh ketua.", "Peksos memaparkan hasil asesmen.", "Psikolog: motivasi tinggi.",
            "Medis: sehat."];
        foreach (var text in minutes)
        {
            await kk.RecordMinute(panti.Sekretaris, IfMatch.None, text);
        }

        await kk.AmendMinute(panti.Sekretaris, IfMatch.None, 2, "Peksos memaparkan hasil asesmen dan kunjungan rumah.");
        await panti.DecideAsync(kkId, item, TestPanti.Placement());
        await panti.CloseAsync(kkId);
        (await kk.VerifySeal(panti.Pimpinan)).Intact.ShouldBeTrue();
        await kk.FileSummary(panti.Peksos, IfMatch.None, clientId, "Klien ditempatkan; rencana pelayanan disusun.");

        var all = await kk.EventsSince(0);
        var last = (await kk.Snapshot(panti.Pimpinan)).Version;
        all.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, (int)last).Select(n => (long)n));
        all.Select(e => e.At).ShouldBeInOrder();
        foreach (var k in new long[] { 1, last / 2, last - 1 })
        {
            (await kk.EventsSince(k)).ShouldBe(all.Skip((int)k).ToList());
        }

        (await kk.EventsSince(last)).ShouldBeEmpty();

        // The follower subscribed after planning: every later event was pushed to it, once, and in
        // sequence order it has the minutes as numbered.
        var after = all.Where(e => e.Kind == nameof(AgendaItemAdded)).Single().Sequence - 1;
        var received = await Poll.Until(() => Task.FromResult(recorder.Received), r => r.Count == last - after,
            TimeSpan.FromSeconds(10), "the follower to receive every event after it subscribed");
        received.ShouldBe(all.Skip((int)after).ToList());
        recorder.Pushed.ShouldBe(received.Count);
        var entries = received.Where(e => e.Kind == nameof(MinuteRecorded))
            .Select(e => JsonDocument.Parse(e.Json).RootElement.GetProperty("entry")).ToList();
        entries.Select(e => e.GetProperty("number").GetInt32()).ShouldBe([1, 2, 3, 4, 5]);
        entries.Select(e => e.GetProperty("text").GetString())
            .ShouldBe([.. minutes, "Peksos memaparkan hasil asesmen dan kunjungan rumah."]);
        entries[4].GetProperty("amends").GetInt32().ShouldBe(2);
        received.Select(e => e.Kind).ShouldBe(
            [nameof(AgendaItemAdded), nameof(CaseSummarySubmitted),
                .. Enumerable.Repeat(nameof(CaseSummaryAcknowledged), 3),
             .. Enumerable.Repeat(nameof(AttendanceRecorded), 5), nameof(ConferenceOpened),
             .. Enumerable.Repeat(nameof(MinuteRecorded), 5),
             nameof(DecisionRecorded), nameof(ConferenceClosed), nameof(ConferenceSealed), nameof(PostKkSummaryFiled)]);

        // Nobody outside the KK follows it.
        await GrainRefusal.Of(RefusalKind.Forbidden, () => kk.Snapshot(panti.Outsider));
        (await kk.IsFollower(panti.Id, panti.OutsiderId)).ShouldBeFalse();
        world.Client.DeleteObjectReference<IFeedObserver>(follower);
    }

    [Fact]
    public async Task LV1_a_change_carrying_a_stale_version_is_refused_in_the_grains_own_turn()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var kk = panti.Conference(await panti.NextRegularKkAsync());
        var read = (await kk.Snapshot(panti.Pimpinan)).Version;
        await kk.NameDeputySecretary(panti.Pimpinan, IfMatch.None, panti.PeksosId);

        var refused = await GrainRefusal.Of(RefusalKind.Conflict,
            () => kk.NameDeputySecretary(panti.Pimpinan, IfMatch.Version(read), panti.Peksos2Id));
        refused.Code.ShouldBe(IfMatch.StaleCode);
        (await kk.Snapshot(panti.Pimpinan)).Conference.DeputySecretaryId.ShouldBe(panti.PeksosId);

        var current = (await kk.Snapshot(panti.Pimpinan)).Version;
        (await kk.NameDeputySecretary(panti.Pimpinan, IfMatch.Version(current), panti.Peksos2Id)).ShouldBe(current + 1);
        (await kk.Snapshot(panti.Pimpinan)).Conference.DeputySecretaryId.ShouldBe(panti.Peksos2Id);
    }
}
