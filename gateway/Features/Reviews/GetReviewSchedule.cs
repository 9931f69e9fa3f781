using CaseConference.Contracts;
using CaseConference.Contracts.Reviews;
using Mediator;

namespace CaseConference.Gateway.Features.Reviews;

/// <summary>RV4/RV3: the ordered schedule of reviews and upcoming KKs, with overdue reviews escalated.</summary>
public sealed record GetReviewSchedule(Caller Caller) : IRequest<ScheduleView>;

public sealed class GetReviewScheduleHandler(IClusterClient cluster) : IRequestHandler<GetReviewSchedule, ScheduleView>
{
    public async ValueTask<ScheduleView> Handle(GetReviewSchedule request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IReviewScheduleGrain>(request.Caller.PantiId).View(request.Caller);
}
