using System.Globalization;
using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Reviews;
using CaseConference.Gateway.Infrastructure;
using CaseConference.Storage;
using Mediator;

namespace CaseConference.Gateway.Features.Reviews;

/// <summary>
/// Issue 10: the review schedule as a CSV file for reporting to the Dinas Sosial, one row per client
/// review in due-date order (RV4), with the Jadwal screen's filters. It leaves the product, so, as
/// for the client list's export, CL6 decides which rows a caller may take away (those whose case
/// record they read: every row for the core team, the pimpinan and the secretary, their own clients
/// for a responsible peksos) and each export is one line in the audit log with who, when, the
/// filters and how many rows. Only the caller's own panti is read (TN1: the schedule grain checks).
/// </summary>
public sealed record ExportReviewSchedule(Caller Caller, ScheduleQuery Query)
    : IRequest<ExportReviewSchedule.File>, IValidated
{
    public static readonly string[] Headers =
        ["Nomor register", "Nama", "Peksos penanggung jawab", "Jatuh tempo tinjauan triwulanan", "Status tinjauan",
            "Dalam agenda KK", "Eskalasi ke pimpinan", "Menunggu KK mendesak"];

    public sealed record File(string Name, byte[] Csv);

    public void Validate(Checks checks) => Query.Validate(checks);

    public static string StatusName(ReviewStatus? status) => status switch
    {
        ReviewStatus.Overdue => "terlambat",
        ReviewStatus.DueSoon => "segera jatuh tempo",
        _ => "tepat waktu",
    };
}

public sealed class ExportReviewScheduleHandler(ScheduleViews views, IClusterClient cluster,
    TimeProvider clock, IAuditLog audit)
    : IRequestHandler<ExportReviewSchedule, ExportReviewSchedule.File>
{
    public async ValueTask<ExportReviewSchedule.File> Handle(ExportReviewSchedule request,
        CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        var view = (await views.ReadAsync(caller)).View;
        var panti = cluster.GetGrain<IPantiGrain>(caller.PantiId);
        var everyRecord = Client.ReadsEveryCaseRecord(await panti.ActorFor(caller.StaffId));
        var profile = await panti.Profile(caller);
        var calendar = profile.Settings.Calendar();
        var staff = profile.Staff.ToDictionary(s => s.Id, s => s.Name);
        var kkStarts = view.Entries.Where(e => e.Kind == ScheduleEntryKind.Conference)
            .ToDictionary(e => e.Id, e => e.SortKey);
        var escalated = view.OverdueEscalated.ToHashSet();
        var unplaced = view.UnplacedClients.ToHashSet();

        var reviews = request.Query.Reviews(view).Where(r => everyRecord || r.PeksosId == caller.StaffId).ToList();
        await audit.AppendAsync(
            new AuditEntry(caller.PantiId, caller.StaffId, AuditActions.ReviewScheduleExported, caller.PantiId,
                Describe(request.Query, reviews.Count), clock.GetUtcNow()),
            cancellationToken);

        var csv = new CsvText().Row(ExportReviewSchedule.Headers);
        foreach (var review in reviews)
        {
            var kk = review.OnAgenda is { } id && kkStarts.TryGetValue(id, out var start)
                ? calendar.ToLocal(start).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                : null;
            csv.Row(
                view.RegisterNumbers?.GetValueOrDefault(review.Id),
                view.ClientNames.GetValueOrDefault(review.Id),
                review.PeksosId is { } peksos ? staff.GetValueOrDefault(peksos) : null,
                review.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ExportReviewSchedule.StatusName(review.Status),
                kk,
                escalated.Contains(review.Id) ? "Ya" : "Tidak",
                unplaced.Contains(review.Id) ? "Ya" : "Tidak");
        }

        var today = calendar.LocalDate(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var code = string.IsNullOrEmpty(profile.SignInCode) ? "" : profile.SignInCode + "-";
        return new ExportReviewSchedule.File($"jadwal-tinjauan-{code}{today}.csv", csv.ToBytes());
    }

    private static string Describe(ScheduleQuery q, int count)
    {
        var filters = new[] { ("status", q.Status), ("peksosId", q.PeksosId?.ToString()), ("search", q.Search) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2))
            .Select(f => $"{f.Item1}={f.Item2}");
        return string.Create(CultureInfo.InvariantCulture,
            $"{count} rows; {string.Join(", ", filters.DefaultIfEmpty("no filter"))}");
    }
}
