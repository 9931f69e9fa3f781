using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK7: the pimpinan or a core member cancels a planned KK with a reason.</summary>
public sealed record CancelConference(Caller Caller, Guid ConferenceId, string? IfMatch, string Reason)
    : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(string Reason);

    public void Validate(Checks checks) => checks.Text("reason", Reason);
}

public sealed class CancelConferenceHandler(IClusterClient cluster) : IRequestHandler<CancelConference, Changed>
{
    public async ValueTask<Changed> Handle(CancelConference request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).Cancel(request.Caller, request.Expected(), request.Reason));
}
