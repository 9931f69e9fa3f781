using System.Diagnostics;
using CaseConference.Contracts;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Reviews;
using Shouldly;
using Xunit.Abstractions;

namespace CaseConference.Cluster.Tests.Reviews;

/// <summary>
/// RV2 as a simulation: a year of a panti's life with 300 clients on a two-silo cluster. Every
/// Wednesday's regular KK is held (reviews kept, deferred or left undecided, a few clients
/// terminated) or cancelled at random, and the silo hosting the schedule crashes and is replaced
/// four times. After every step (each day, and after each KK) no active client is past three
/// months without review unless it is flagged overdue (RV3) and on the agenda of a KK still to be
/// held; a client due within the 14-day window is on such an agenda too. Random choices come from
/// a fixed seed (printed); crash timing still makes runs differ slightly.
/// </summary>
public sealed class ReviewSimulationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20260105;
    private const int ClientCount = 300;
    private const int EnrolmentWeeks = 12;
    private const int Weeks = 52;
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly int[] RestartWeeks = [7, 19, 31, 43];

    private readonly Random random = new(Seed);
    private readonly Dictionary<Guid, SimClient> clients = [];
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private ClusterWorld world = null!;
    private TestPanti panti = null!;
    private int checks;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync(silos: 2);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task
        RV2_simulation_a_year_with_300_clients_random_kks_cancellations_and_silo_restarts_lets_no_client_slip_through()
    {
        output.WriteLine($"seed {Seed}");
        panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var zone = (await panti.Grain.Settings()).TimeZone();
        var monday = new DateTimeOffset(2026, 1, 5, 7, 0, 0, Wib);
        for (var week = 0; week < Weeks; week++, monday = monday.AddDays(7))
        {
            var kk = await StepAsync(monday, zone);
            var enrolling = week < EnrolmentWeeks ? await EnrolAsync(kk, ClientCount / EnrolmentWeeks) : [];
            var cancelled = enrolling.Count == 0 && random.NextDouble() < 0.15;
            if (cancelled)
            {
                await panti.Conference(kk).Cancel(panti.Pimpinan, IfMatch.None, "Libur nasional.");
                if (RestartWeeks.Contains(week))
                {
                    await CrashScheduleSiloAsync();
                }
            }

            await StepAsync(monday.AddDays(1), zone);
            await StepAsync(monday.AddDays(2), zone);
            if (!cancelled)
            {
                await HoldAsync(kk, restartMidway: RestartWeeks.Contains(week));
                await StepAsync(monday.AddDays(2).AddHours(3), zone);
            }

            for (var day = 3; day < 7; day++)
            {
                await StepAsync(monday.AddDays(day), zone);
            }

            output.WriteLine(
                $"week {week + 1}: {(cancelled ? "KK cancelled" : "KK held")}, {elapsed.Elapsed.TotalSeconds:F1}s");
        }

        await VerifyFactsAsync();
        clients.Count.ShouldBe(ClientCount);
        clients.Values.Count(c => c.Active).ShouldBeGreaterThan(ClientCount * 3 / 4);
        output.WriteLine($"{checks} checks of {clients.Count} clients in {elapsed.Elapsed.TotalSeconds:F1}s");
    }

    /// <summary>Moves time, plans, checks RV2, and returns the next regular KK not yet started.</summary>
    private async Task<Guid> StepAsync(DateTimeOffset at, TimeZoneInfo zone)
    {
        world.AdvanceTo(at);
        await panti.Schedule.Replan();
        var view = await panti.Schedule.View(panti.Pimpinan);
        var open = view.Entries.Where(e => e.Kind == ScheduleEntryKind.Conference).ToList();
        var onAgenda = new HashSet<Guid>(); // on the agenda of a KK still to be held, as the KK itself says
        foreach (var entry in open)
        {
            var kk = await panti.KkAsync(entry.Id);
            if (kk.State == ConferenceState.InSession || (kk.State == ConferenceState.Planned && kk.Start > at))
            {
                onAgenda.UnionWith(kk.Agenda.Select(a => a.ClientId));
            }
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        foreach (var client in clients.Values.Where(c => c.Active))
        {
            var due = ReviewClock.DueOn(client.LastReviewedAt, zone);
            if (today > due)
            {
                view.OverdueEscalated.ShouldContain(client.Id,
                    $"{client.Id} due {due} is overdue on {today} but not escalated");
            }

            if (today.AddDays(14) >= due)
            {
                onAgenda.ShouldContain(client.Id, $"{client.Id} due {due} is on no open KK's agenda on {today}");
            }
        }

        checks++;
        return open.Where(e => e.SortKey > at).OrderBy(e => e.SortKey).First().Id;
    }

    /// <summary>Clients reached by outreach this week go on this week's KK for placement.</summary>
    private async Task<List<Guid>> EnrolAsync(Guid kk, int count)
    {
        var enrolled = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = await panti.NewClientAwaitingPlacementAsync($"Klien {clients.Count + i + 1}",
                $"REG-{clients.Count + i + 1:D4}");
            await panti.Conference(kk).AddAgendaItem(panti.Sekretaris, IfMatch.None, id, AgendaPurpose.Placement, null);
            enrolled.Add(id);
        }

        return enrolled;
    }

    private async Task HoldAsync(Guid kk, bool restartMidway)
    {
        await panti.OpenAsync(kk);
        var agenda = (await panti.KkAsync(kk)).Agenda;
        foreach (var item in agenda)
        {
            var decision = Decide(item);
            if (decision is null)
            {
                continue;
            }

            await panti.DecideAsync(kk, item.Id, decision);
            if (decision is PlaceInProgramme)
            {
                clients[item.ClientId] = new SimClient(item.ClientId, world.Now);
            }
            else if (decision is not Defer)
            {
                clients[item.ClientId].LastReviewedAt = world.Now; // RV1: any decision but Defer, termination too
                clients[item.ClientId].Active = decision is not Terminate;
            }
        }

        if (restartMidway)
        {
            await CrashScheduleSiloAsync();
        }

        await panti.CloseAsync(kk);
    }

    /// <summary>
    /// The silo hosting the panti's schedule crashes (right after a burst of decisions, when it is
    /// behind on their notices, which are lost) and a fresh silo takes its place.
    /// </summary>
    private async Task CrashScheduleSiloAsync()
    {
        var victim = await world.SiloHostingAsync(panti.Schedule);
        output.WriteLine($"killing {victim.SiloAddress}, host of the schedule, on {world.Now:yyyy-MM-dd}");
        await world.KillAsync(victim);
        await world.Cluster.Cluster.StartAdditionalSiloAsync();
    }

    /// <summary>
    /// Placements always pass; a review is kept (most), deferred, left undecided, or ends in termination.
    /// </summary>
    private Decision? Decide(AgendaItem item)
    {
        if (item.Purpose == AgendaPurpose.Placement)
        {
            return TestPanti.Placement();
        }

        var roll = random.NextDouble();
        return roll < 0.80 ? new KeepFormulation()
            : roll < 0.90 ? new Defer("Menunggu laporan keluarga.")
            : roll < 0.97 ? null
            : new Terminate(TerminationReason.GoalsAchieved);
    }

    /// <summary>The model the checks rely on agrees with what the client grains hold.</summary>
    private async Task VerifyFactsAsync()
    {
        foreach (var client in clients.Values)
        {
            var facts = await panti.Client(client.Id).Facts(panti.Id);
            facts.LastReviewedAt.ShouldBe(client.LastReviewedAt);
            StageTransitions.HasReviewClock(facts.Stage).ShouldBe(client.Active);
        }
    }

    private sealed class SimClient(Guid id, DateTimeOffset placedAt)
    {
        public Guid Id { get; } = id;

        public DateTimeOffset LastReviewedAt { get; set; } = placedAt;

        public bool Active { get; set; } = true;
    }
}
