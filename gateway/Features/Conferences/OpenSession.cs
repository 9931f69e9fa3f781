using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK8/KK2/KK4: the chair in turn opens the session, ruling on each late item.</summary>
public sealed record OpenSession(Caller Caller, Guid ConferenceId, string? IfMatch,
    List<LateItemRuling> LateItemRulings) : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(List<LateItemRuling>? LateItemRulings);

    public void Validate(Checks checks) =>
        checks.That(LateItemRulings.All(r => r is not null && r.AgendaItemId != Guid.Empty && Enum.IsDefined(r.Choice)),
        "lateItemRulings", "each needs an agendaItemId and a choice.");
}

public sealed class OpenSessionHandler(IClusterClient cluster) : IRequestHandler<OpenSession, Changed>
{
    public async ValueTask<Changed> Handle(OpenSession request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).Open(request.Caller, request.Expected(), request.LateItemRulings));
}
