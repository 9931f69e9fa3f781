using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Conferences;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK5: the next times of the panti's fixed schedule with no KK planned yet, to plan a regular KK at one.
/// </summary>
public sealed record NextOccurrences(Caller Caller) : IRequest<List<DateTimeOffset>>
{
    public const int Count = 6;
}

public sealed class NextOccurrencesHandler(IClusterClient cluster, TimeProvider clock)
    : IRequestHandler<NextOccurrences, List<DateTimeOffset>>
{
    public async ValueTask<List<DateTimeOffset>> Handle(NextOccurrences request, CancellationToken cancellationToken)
    {
        var panti = cluster.GetGrain<IPantiGrain>(request.Caller.PantiId);
        await panti.ActorFor(request.Caller.StaffId);
        var settings = await panti.Settings();
        if (settings.Schedule is not { } schedule)
        {
            return [];
        }

        var taken = (await cluster.GetGrain<IConferenceRegisterGrain>(request.Caller.PantiId).List(request.Caller))
            .Where(c => c.State != ConferenceState.Cancelled).Select(c => c.Start).ToHashSet();
        return [.. schedule.NextOccurrences(clock.GetUtcNow(), settings.TimeZone(), NextOccurrences.Count * 2)
            .Where(o => !taken.Contains(o)).Take(NextOccurrences.Count)];
    }
}
