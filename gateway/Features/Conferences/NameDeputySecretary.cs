using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK3: the pimpinan or the secretary names a participant deputy secretary for this session.</summary>
public sealed record NameDeputySecretary(Caller Caller, Guid ConferenceId, string? IfMatch, Guid StaffId)
    : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(Guid StaffId);

    public void Validate(Checks checks) => checks.Id("staffId", StaffId);
}

public sealed class NameDeputySecretaryHandler(IClusterClient cluster) : IRequestHandler<NameDeputySecretary, Changed>
{
    public async ValueTask<Changed> Handle(NameDeputySecretary request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).NameDeputySecretary(request.Caller,
            request.Expected(), request.StaffId));
}
