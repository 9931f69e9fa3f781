using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK1: an organiser invites a staff member in a capacity their roles allow.</summary>
public sealed record Invite(Caller Caller, Guid ConferenceId, string? IfMatch, Guid StaffId, Capacity Capacity)
    : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(Guid StaffId, Capacity Capacity);

    public void Validate(Checks checks) =>
        checks.Id("staffId", StaffId).That(Enum.IsDefined(Capacity), "capacity", "is not a capacity.");
}

public sealed class InviteHandler(IClusterClient cluster) : IRequestHandler<Invite, Changed>
{
    public async ValueTask<Changed> Handle(Invite request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).Invite(request.Caller, request.Expected(),
            request.StaffId, request.Capacity));
}
