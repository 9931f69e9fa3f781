using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK8: the secretary (or the participant) records attendance; If-Match required, since several people record it at
/// once.
/// </summary>
public sealed record RecordAttendance(Caller Caller, Guid ConferenceId, string? IfMatch, Guid StaffId,
    AttendanceMode Mode, string? Detail) : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(AttendanceMode Mode, string? Detail);

    public void Validate(Checks checks) =>
        checks.That(Enum.IsDefined(Mode), "mode", "is not an attendance mode.").OptionalText("detail", Detail);
}

public sealed class RecordAttendanceHandler(IClusterClient cluster) : IRequestHandler<RecordAttendance, Changed>
{
    public async ValueTask<Changed> Handle(RecordAttendance request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).RecordAttendance(
            request.Caller, request.Expected(required: true), request.StaffId, request.Mode, request.Detail));
}
