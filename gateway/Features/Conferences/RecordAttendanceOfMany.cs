using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK8: the secretary records attendance for everyone in one request (one change, one new ETag),
/// all or nothing; a bad entry refuses the whole request and is named as <c>entries[i].field</c>.
/// </summary>
public sealed record RecordAttendanceOfMany(Caller Caller, Guid ConferenceId, string? IfMatch,
    List<AttendanceEntry> Entries)
    : IConferenceCommand, IRequest<Changed>, IValidated
{
    /// <summary>Enough for every participant of the largest KK, small enough to bound one change.</summary>
    public const int MaxEntries = 200;

    public sealed record Body(List<AttendanceEntry>? Entries);

    public void Validate(Checks checks)
    {
        checks.That(Entries.Count is > 0 and <= MaxEntries, "entries", $"must name 1 to {MaxEntries} people.");
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            if (entry is null)
            {
                checks.That(false, $"entries[{i}]", "is required.");
                continue;
            }

            checks.Id($"entries[{i}].staffId", entry.StaffId)
                .That(Entries.Take(i).All(e => e?.StaffId != entry.StaffId), $"entries[{i}].staffId", "appears twice.")
                .That(Enum.IsDefined(entry.Mode), $"entries[{i}].mode", "is not an attendance mode.")
                .OptionalText($"entries[{i}].detail", entry.Detail)
                .That(entry.Mode == AttendanceMode.Present
                    || !string.IsNullOrWhiteSpace(entry.Detail), $"entries[{i}].detail",
                    "is required: the delegate's name, the written input or the reason for absence.");
        }
    }
}

public sealed class RecordAttendanceOfManyHandler(IClusterClient cluster)
    : IRequestHandler<RecordAttendanceOfMany, Changed>
{
    public async ValueTask<Changed> Handle(RecordAttendanceOfMany request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).RecordAttendanceOfMany(request.Caller,
            request.Expected(required: true), request.Entries));
}
