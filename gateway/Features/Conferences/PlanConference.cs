using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK5: plan a regular KK at a time of the fixed schedule (organisers). A client-chosen id makes a replay 409.</summary>
public sealed record PlanRegular(Caller Caller, Guid ConferenceId, DateTimeOffset Start) : IRequest<ConferenceSnapshot>, IValidated
{
    public sealed record Body(Guid? Id, DateTimeOffset Start);

    public void Validate(Checks checks) => checks.Id("id", ConferenceId).KkStart("start", Start);
}

/// <summary>KK6: a core member or the pimpinan requests an urgent KK with a written reason.</summary>
public sealed record RequestUrgent(Caller Caller, Guid ConferenceId, DateTimeOffset Start, string Reason) : IRequest<ConferenceSnapshot>, IValidated
{
    public sealed record Body(Guid? Id, DateTimeOffset Start, string Reason);

    public void Validate(Checks checks) => checks.Id("id", ConferenceId).KkStart("start", Start).Text("reason", Reason);
}

public sealed class PlanConferenceHandlers(IClusterClient cluster)
    : IRequestHandler<PlanRegular, ConferenceSnapshot>, IRequestHandler<RequestUrgent, ConferenceSnapshot>
{
    public async ValueTask<ConferenceSnapshot> Handle(PlanRegular request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IConferenceGrain>(GrainIds.Chosen(request.Caller.PantiId, request.ConferenceId)).PlanRegular(request.Caller, request.Start);

    public async ValueTask<ConferenceSnapshot> Handle(RequestUrgent request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IConferenceGrain>(GrainIds.Chosen(request.Caller.PantiId, request.ConferenceId)).RequestUrgent(request.Caller, request.Start, request.Reason);
}
