using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK7/KK10: the chair or secretary closes the session; it is sealed into the panti's chain.</summary>
public sealed record CloseSession(Caller Caller, Guid ConferenceId, string? IfMatch) : IConferenceCommand,
    IRequest<Changed>, IValidated
{

    public void Validate(Checks checks) { }
}

public sealed class CloseSessionHandler(IClusterClient cluster) : IRequestHandler<CloseSession, Changed>
{
    public async ValueTask<Changed> Handle(CloseSession request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).Close(request.Caller, request.Expected()));
}
