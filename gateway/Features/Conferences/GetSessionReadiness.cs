using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK8/KK2/KK4: before opening, whether the quorum holds, who the chair in turn is and which items
/// are late, computed by the same rule that opening applies (participants and the pimpinan).
/// </summary>
public sealed record GetSessionReadiness(Caller Caller, Guid ConferenceId) : IRequest<SessionReadiness>;

public sealed class GetSessionReadinessHandler(IClusterClient cluster)
    : IRequestHandler<GetSessionReadiness, SessionReadiness>
{
    public async ValueTask<SessionReadiness> Handle(GetSessionReadiness request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IConferenceGrain>(request.ConferenceId).Readiness(request.Caller);
}
