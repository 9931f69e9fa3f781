using System.Globalization;
using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Reviews;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Reviews;

/// <summary>
/// Issue 10: the review schedule as a CSV file for reporting to the Dinas Sosial, one row per client
/// review in due-date order (RV4), with the Jadwal screen's filters. It carries what the schedule
/// shows every staff member of the panti (names, register numbers, peksos, due dates and status),
/// not the confidential case record (CL6), so like the schedule it is not audited; it reads the
/// caller's own panti only (TN1: the schedule grain checks the caller).
/// </summary>
public sealed record ExportReviewSchedule(Caller Caller, ScheduleQuery Query) : IRequest<ExportReviewSchedule.File>, IValidated
{
    public static readonly string[] Headers =
        ["Nomor register", "Nama", "Peksos penanggung jawab", "Jatuh tempo tinjauan triwulanan", "Status tinjauan", "Dalam agenda KK", "Eskalasi ke pimpinan", "Menunggu KK mendesak"];

    public sealed record File(string Name, byte[] Csv);

    public void Validate(Checks checks) => Query.Validate(checks);

    public static string StatusName(ReviewStatus? status) => status switch
    {
        ReviewStatus.Overdue => "terlambat",
        ReviewStatus.DueSoon => "segera jatuh tempo",
        _ => "tepat waktu",
    };
}

public sealed class ExportReviewScheduleHandler(ScheduleViews views, IClusterClient cluster, TimeProvider clock)
    : IRequestHandler<ExportReviewSchedule, ExportReviewSchedule.File>
{
    public async ValueTask<ExportReviewSchedule.File> Handle(ExportReviewSchedule request, CancellationToken cancellationToken)
    {
        var view = (await views.ReadAsync(request.Caller)).View;
        var profile = await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).Profile(request.Caller);
        var calendar = profile.Settings.Calendar();
        var staff = profile.Staff.ToDictionary(s => s.Id, s => s.Name);
        var kkStarts = view.Entries.Where(e => e.Kind == ScheduleEntryKind.Conference).ToDictionary(e => e.Id, e => e.SortKey);
        var escalated = view.OverdueEscalated.ToHashSet();
        var unplaced = view.UnplacedClients.ToHashSet();

        var csv = new CsvText().Row(ExportReviewSchedule.Headers);
        foreach (var review in request.Query.Reviews(view))
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
        var panti = string.IsNullOrEmpty(profile.SignInCode) ? "" : profile.SignInCode + "-";
        return new ExportReviewSchedule.File($"jadwal-tinjauan-{panti}{today}.csv", csv.ToBytes());
    }
}
