using BenchmarkDotNet.Attributes;
using CaseConference.Domain.Conferences;

namespace CaseConference.Bench;

/// <summary>KK10: sealing and verifying a long session (200 minute entries, 20 decisions).</summary>
[MemoryDiagnoser]
public class SealBenchmarks
{
    private readonly Conference conference = new() { Id = Guid.NewGuid(), Start = DateTimeOffset.UnixEpoch };

    [GlobalSetup]
    public void Setup()
    {
        var secretary = Guid.NewGuid();
        for (var n = 1; n <= 200; n++)
        {
            conference.Minutes.Add(new MinuteEntry(n, DateTimeOffset.UnixEpoch.AddMinutes(n), secretary,
                $"Entry {n}: klien menunjukkan kemajuan dalam bimbingan keterampilan dan sosial."));
        }

        for (var n = 1; n <= 20; n++)
        {
            conference.Decisions.Add(new RecordedDecision(n, conference.Id, Guid.NewGuid(), Guid.NewGuid(),
                new KeepFormulation(), secretary, DateTimeOffset.UnixEpoch.AddHours(2)));
        }
    }

    [Benchmark]
    public string Seal() => MinutesSeal.Compute(conference, "previous-hash");
}
