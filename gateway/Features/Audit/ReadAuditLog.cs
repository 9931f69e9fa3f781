using System.Globalization;
using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Gateway.Features.Reviews;
using CaseConference.Gateway.Infrastructure;
using CaseConference.Storage;
using Mediator;

namespace CaseConference.Gateway.Features.Audit;

/// <summary>
/// CL6: the append-only audit log, the pimpinan's alone: filtered by person, client, kind and days
/// (<c>from</c>/<c>to</c> inclusive, in the panti's time zone), newest first, one page with the total.
/// Each line carries its facts apart (the basis or refusal, the path) so a reader renders it in their language.
/// </summary>
public sealed record ReadAuditLog(
    Caller Caller, Guid? StaffId = null, Guid? ClientId = null, string? Kind = null,
        string? From = null, string? To = null,
    int Offset = 0, int Limit = ReadAuditLog.DefaultLimit) : IRequest<ReadAuditLog.AuditLogPage>, IValidated
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    /// <summary>
    /// One line: <see cref="AuditLine.Reason"/> is the read's basis (ResponsiblePeksos, CoreTeam, Pimpinan, Sekretaris,
    /// ConferenceParticipant) or the refusal's code; <see cref="Via"/> the path when not the case file itself.
    /// </summary>
    public sealed record AuditLine(
        DateTimeOffset At, Guid StaffId, string? StaffName, string Action, Guid SubjectId, string? ClientName,
        string Detail, string Reason, string? Via);

    public sealed record AuditLogPage(List<AuditLine> Items, int Total, int Offset, int Limit);

    public DateOnly? FromDay => Day(From);

    public DateOnly? ToDay => Day(To);

    public void Validate(Checks checks) => checks
        .That(StaffId != Guid.Empty, "staffId", "is not a staff id.")
        .That(ClientId != Guid.Empty, "clientId", "is not a client id.")
        .That(Kind is null || AuditActions.All.Contains(Kind), "kind",
            $"must be one of {string.Join(", ", AuditActions.All)}.")
        .That(From is null || FromDay is not null, "from", "must be a day, yyyy-MM-dd.")
        .That(To is null || ToDay is not null, "to", "must be a day, yyyy-MM-dd.")
        .That(FromDay is null || ToDay is null || FromDay <= ToDay, "to", "must not be before from.")
        .That(Offset >= 0, "offset", "must not be negative.")
        .That(Limit is >= 1 and <= MaxLimit, "limit", $"must be 1 to {MaxLimit}.");

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var day) ? day : null;
}

public sealed class ReadAuditLogHandler(IClusterClient cluster, IAuditLog audit, ScheduleViews views)
    : IRequestHandler<ReadAuditLog, ReadAuditLog.AuditLogPage>
{
    public async ValueTask<ReadAuditLog.AuditLogPage> Handle(ReadAuditLog request, CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        var panti = cluster.GetGrain<IPantiGrain>(caller.PantiId);
        // Roles come from the panti grain now, not from the sign-in: a pimpinan demoted today reads nothing.
        if (!(await panti.ActorFor(caller.StaffId)).IsPimpinan)
        {
            throw DomainException.Forbidden("pimpinan_only", "Only the pimpinan reads the audit log.");
        }

        var profile = await panti.Profile(caller);
        var zone = profile.Settings.TimeZone();
        var page = await audit.ReadAsync(new AuditQuery(
            caller.PantiId, request.StaffId, request.ClientId, request.Kind, StartOf(request.FromDay, zone),
            StartOf(request.ToDay?.AddDays(1), zone), request.Offset, request.Limit), cancellationToken);
        var staff = profile.Staff.ToDictionary(s => s.Id, s => s.Name);
        var clients = page.Entries.Count > 0 ? (await views.ReadAsync(caller)).View.ClientNames : [];
        return new ReadAuditLog.AuditLogPage([.. page.Entries.Select(e => Line(e, staff, clients))], page.Total,
            request.Offset, request.Limit);
    }

    private static ReadAuditLog.AuditLine Line(AuditEntry e, Dictionary<Guid, string> staff,
        Dictionary<Guid, string> clients)
    {
        var parts = e.Detail.Split(" via ", 2);
        return new ReadAuditLog.AuditLine(
            e.At, e.StaffId, staff.GetValueOrDefault(e.StaffId), e.Action, e.SubjectId,
                clients.GetValueOrDefault(e.SubjectId),
            e.Detail, parts[0], parts.Length > 1 ? parts[1] : null);
    }

    private static DateTimeOffset? StartOf(DateOnly? day, TimeZoneInfo zone) => day is { } d
        ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero)
        : null;
}
