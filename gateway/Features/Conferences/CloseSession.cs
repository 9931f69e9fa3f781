using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK7/KK10: the chair or secretary closes the session; it is sealed into the panti's chain.</summary>
public sealed record CloseSession(Caller Caller, Guid ConferenceId, string? IfMatch) : IRequest<Changed>, IValidated
{

    public void Validate(Checks checks) { }
}

public sealed class CloseSessionHandler(IClusterClient cluster) : IRequestHandler<CloseSession, Changed>
{
    public async ValueTask<Changed> Handle(CloseSession request, CancellationToken cancellationToken)
    {
        var kk = cluster.GetGrain<IConferenceGrain>(request.ConferenceId);
        await ConferenceVersion.Match(kk, request.Caller, request.IfMatch, required: false);
        await kk.Close(request.Caller);
        return new Changed(await ConferenceVersion.After(kk, request.Caller));
    }
}
