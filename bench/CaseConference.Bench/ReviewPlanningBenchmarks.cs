using BenchmarkDotNet.Attributes;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Reviews;

namespace CaseConference.Bench;

/// <summary>
/// One planning pass of a panti's schedule (RV2 + RV4) runs on every change a client or KK makes,
/// so it must stay cheap for a large panti: 300 clients, a year of weekly KKs known.
/// </summary>
[MemoryDiagnoser]
public class ReviewPlanningBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PantiSettings settings = new();
    private List<ReviewDue> dues = [];
    private List<ConferenceSlot> slots = [];

    [Params(300, 3000)]
    public int Clients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        dues = [.. Enumerable.Range(0, Clients)
            .Select(_ => new ReviewDue(Guid.NewGuid(), today.AddDays(random.Next(-20, 90))))];
        slots = [.. Enumerable.Range(0, 52).Select(week => new ConferenceSlot(
            Guid.NewGuid(), ConferenceKind.Regular, week < 20 ? ConferenceState.Sealed : ConferenceState.Planned,
            Now.AddDays(7 * (week - 20) + 2), [.. dues.Where((_, i) => i % 52 == week).Select(d => d.ClientId)]))];
    }

    [Benchmark]
    public ReviewPlan Plan() => ReviewPlanner.Plan(dues, slots, settings, Now);

    [Benchmark]
    public List<ScheduleEntry> OrderedSchedule() =>
        ReviewSchedule.Build(dues.Select(d => ReviewClock.Evaluate(d, Now, settings)), slots, settings.TimeZone());
}
