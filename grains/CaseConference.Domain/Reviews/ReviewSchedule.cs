using System.Text.Json.Serialization;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;

namespace CaseConference.Domain.Reviews;

public enum ScheduleEntryKind
{
    ClientReview,
    Conference,
}

/// <summary>One line of the panti's review schedule: a client's due review, or an upcoming KK.</summary>
/// <param name="OnAgenda">A review's client is on the agenda of this listed KK (the earliest, when on several).</param>
/// <param name="PeksosId">A review's client's responsible peksos, so the schedule filters by peksos.</param>
/// <remarks>Both are left out of the JSON when empty: the whole list goes to every follower on each change.</remarks>
public sealed record ScheduleEntry(
    ScheduleEntryKind Kind, Guid Id, DateOnly LocalDate, DateTimeOffset SortKey, ReviewStatus? Status,
        ConferenceKind? ConferenceKind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? OnAgenda = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? PeksosId = null);

/// <summary>
/// RV4: clients by due date and upcoming KKs merged into one ordered list. A review sorts at the
/// start of its due day, so a KK on the due date comes after it; only open KKs are shown. A review
/// names the listed KK whose agenda holds its client (RV2 placed it, or staff did).
/// </summary>
public static class ReviewSchedule
{
    /// <summary>A planned KK not opened this long after its start is no longer "upcoming".</summary>
    public static readonly TimeSpan NotHeldAfter = TimeSpan.FromDays(1);

    /// <param name="now">When given, a planned KK whose start passed <see cref="NotHeldAfter"/> ago without opening is
    /// left out.</param>
    /// <param name="peksos">Each client's responsible peksos, where one is assigned.</param>
    public static List<ScheduleEntry> Build(
        IEnumerable<ClientReview> reviews, IEnumerable<ConferenceSlot> conferences, TimeZoneInfo zone,
            DateTimeOffset? now = null,
        IReadOnlyDictionary<Guid, Guid>? peksos = null)
    {
        var calendar = new PantiCalendar(zone);
        var upcoming = conferences
            .Where(c =>
                c.IsOpen && !(now is { } at && c.State == ConferenceState.Planned && c.Start.Plus(NotHeldAfter) < at))
            .OrderBy(c => c.Start)
            .ToList();
        var onAgenda = new Dictionary<Guid, Guid>();
        foreach (var kk in upcoming)
        {
            foreach (var client in kk.AgendaClientIds)
            {
                onAgenda.TryAdd(client, kk.ConferenceId);
            }
        }

        var reviewEntries = reviews.Select(r => new ScheduleEntry(
            ScheduleEntryKind.ClientReview, r.ClientId, r.DueOn, calendar.StartOfDay(r.DueOn), r.Status, null,
            onAgenda.TryGetValue(r.ClientId, out var kk) ? kk : null,
            peksos is not null && peksos.TryGetValue(r.ClientId, out var responsible) ? responsible : null));
        var conferenceEntries = upcoming
            .Select(c => new ScheduleEntry(ScheduleEntryKind.Conference, c.ConferenceId, calendar.LocalDate(c.Start),
                c.Start, null, c.Kind));

        return [.. reviewEntries.Concat(conferenceEntries)
            .OrderBy(e => e.SortKey)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Id)];
    }
}
