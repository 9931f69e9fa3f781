using CaseConference.Contracts;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Reviews;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>RV4/KK5: the panti's upcoming (open) KKs in start order.</summary>
public sealed record ListConferences(Caller Caller) : IRequest<List<ScheduleEntry>>;

public sealed class ListConferencesHandler(IClusterClient cluster) : IRequestHandler<ListConferences, List<ScheduleEntry>>
{
    public async ValueTask<List<ScheduleEntry>> Handle(ListConferences request, CancellationToken cancellationToken)
    {
        var view = await cluster.GetGrain<IReviewScheduleGrain>(request.Caller.PantiId).View(request.Caller);
        return [.. view.Entries.Where(e => e.Kind == ScheduleEntryKind.Conference)];
    }
}
