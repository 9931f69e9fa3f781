using System.Collections.Concurrent;
using CaseConference.Contracts;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Conferences;
using Shouldly;

namespace CaseConference.Cluster.Tests.Conferences;

/// <summary>
/// Issue 9: nothing per panti follows a minutes entry; the schedule hears of a KK's state, start and agenda only.
/// </summary>
public sealed class ScheduleNoticeTests : IAsyncLifetime
{
    /// <summary>
    /// Every ConferenceChanged the schedules of this test's cluster received, by KK (ids are fresh per test).
    /// </summary>
    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<ConferenceSlot>> Heard = new();

    private ClusterWorld world = null!;

    public async Task InitializeAsync() =>
        world = await ClusterWorld.StartAsync(configureSilo: silo => silo.AddIncomingGrainCallFilter(context =>
    {
        if (context.InterfaceMethod?.Name == nameof(IReviewScheduleGrain.ConferenceChanged)
            && context.Request.GetArgument(0) is ConferenceSlot slot)
        {
            Heard.GetOrAdd(slot.ConferenceId, _ => new()).Enqueue(slot);
        }

        return context.Invoke();
    }));

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Issue09_the_schedule_hears_a_kk_open_and_close_and_none_of_its_40_minutes_entries()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var kkId = await panti.NextRegularKkAsync();
        await panti.OpenAsync(kkId);
        var kk = panti.Conference(kkId);
        for (var n = 1; n <= 40; n++)
        {
            await kk.RecordMinute(panti.Sekretaris, IfMatch.None, $"Catatan nomor {n}.");
        }

        // The closing notice is sent after every entry's, by the same KK: once it is heard, any entry's would have
        // been.
        await panti.CloseAsync(kkId);
        await Poll.Until(() => Task.FromResult(Heard.GetValueOrDefault(kkId)?.ToList() ?? []),
            h => h.Any(s => !s.IsOpen),
            TimeSpan.FromSeconds(30), "the schedule hearing the KK closed");
        var heard = Heard[kkId].ToList();
        heard.Count(s => s.State == ConferenceState.InSession).ShouldBe(1,
            "opened once, then only minutes until the close");
        heard.Zip(heard.Skip(1)).ShouldAllBe(p => p.First.State != p.Second.State || p.First.Start != p.Second.Start
            || !p.First.AgendaClientIds.SequenceEqual(p.Second.AgendaClientIds));
    }
}
