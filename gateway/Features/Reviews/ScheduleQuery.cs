using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Reviews;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Infrastructure;

namespace CaseConference.Gateway.Features.Reviews;

/// <summary>
/// A review's place in the schedule as the Jadwal screen filters it: its status, or that a KK has it on its agenda.
/// </summary>
public enum ScheduleFilter
{
    Ok,
    DueSoon,
    Overdue,

    /// <summary>On the agenda of an upcoming KK (RV2 placed it, or staff did), whatever its status.</summary>
    OnAgenda,
}

/// <summary>
/// The schedule's filters from the query string (names only, Finding 12), the same the Jadwal
/// screen keeps in its URL and applies to the live list: status, responsible peksos, and part of
/// the client's name or register number.
/// </summary>
public sealed record ScheduleQuery(string? Status = null, Guid? PeksosId = null, string? Search = null)
{
    public ScheduleFilter? StatusValue => QueryNames.Parse<ScheduleFilter>(Status);

    public void Validate(Checks checks) => checks
        .OptionalText("search", Search, Checks.MaxShortText)
        .That(QueryNames.IsNameOrAbsent<ScheduleFilter>(Status), "status", QueryNames.OneOf<ScheduleFilter>())
        .That(PeksosId != Guid.Empty, "peksosId", "is not a staff id.");

    /// <summary>The client reviews that match, in the schedule's order (RV4).</summary>
    public IEnumerable<ScheduleEntry> Reviews(ScheduleView view)
    {
        var search = Search?.Trim();
        return view.Entries.Where(e => e.Kind == ScheduleEntryKind.ClientReview
            && StatusValue switch
            {
                null => true,
                ScheduleFilter.OnAgenda => e.OnAgenda is not null,
                ScheduleFilter.Ok => e.Status == ReviewStatus.Ok,
                ScheduleFilter.DueSoon => e.Status == ReviewStatus.DueSoon,
                _ => e.Status == ReviewStatus.Overdue,
            }
            && (PeksosId is not { } peksos || e.PeksosId == peksos)
            && (string.IsNullOrEmpty(search) || Contains(view.ClientNames.GetValueOrDefault(e.Id), search)
                || Contains(view.RegisterNumbers?.GetValueOrDefault(e.Id), search)));
    }

    private static bool Contains(string? text, string search) =>
        text?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false;
}
