using CaseConference.Contracts;
using Mediator;

namespace CaseConference.Gateway.Features.Reviews;

/// <summary>RV4/RV3: the ordered schedule of reviews and upcoming KKs, with overdue reviews escalated.</summary>
public sealed record GetReviewSchedule(Caller Caller) : IRequest<ScheduleCopy>;

/// <summary>
/// Issue 9: an unchanged schedule is the bytes this gateway sent before (see <see cref="ScheduleViews"/>).
/// </summary>
public sealed class GetReviewScheduleHandler(ScheduleViews views) : IRequestHandler<GetReviewSchedule, ScheduleCopy>
{
    public async ValueTask<ScheduleCopy> Handle(GetReviewSchedule request, CancellationToken cancellationToken) =>
        await views.ReadAsync(request.Caller);
}
