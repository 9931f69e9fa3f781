using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK6: the pimpinan approves an urgent KK, optionally waiving the 24-hour rule (the waiver is recorded).
/// </summary>
public sealed record ApproveUrgent(Caller Caller, Guid ConferenceId, string? IfMatch, bool WaivePreCirculation)
    : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(bool WaivePreCirculation);

    public void Validate(Checks checks) { }
}

public sealed class ApproveUrgentHandler(IClusterClient cluster) : IRequestHandler<ApproveUrgent, Changed>
{
    public async ValueTask<Changed> Handle(ApproveUrgent request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).ApproveUrgent(request.Caller, request.Expected(),
            request.WaivePreCirculation));
}
