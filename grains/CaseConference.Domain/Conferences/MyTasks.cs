using CaseConference.Domain.Panti;

namespace CaseConference.Domain.Conferences;

/// <summary>What a person must do around KKs (Beranda, "Tugas saya").</summary>
public enum KkTaskKind
{
    /// <summary>KK4: write the case summary of an item one is responsible for.</summary>
    WriteCaseSummary,

    /// <summary>KK4: acknowledge receipt of a case summary one is a recipient of.</summary>
    AcknowledgeCaseSummary,

    /// <summary>KK1: an upcoming KK one is invited to.</summary>
    Attend,

    /// <summary>KK6: an urgent KK waiting for the pimpinan's approval.</summary>
    ApproveUrgent,

    /// <summary>KK11: file the post-KK summary of a client one is responsible for.</summary>
    FilePostKkSummary,
}

/// <summary>One task with the KK it belongs to, its deadline and whether that has passed.</summary>
public sealed record KkTask(KkTaskKind Kind, Guid ConferenceId, DateTimeOffset ConferenceStart, Guid? AgendaItemId,
    Guid? ClientId, DateTimeOffset Deadline, bool Late);

public static class MyTasks
{
    /// <summary>
    /// The person's tasks over the panti's KKs, soonest deadline first. Case summaries are due
    /// pre-circulation hours before the start (KK4) unless an approved urgent KK waived it (KK6);
    /// a post-KK summary is due by the end of its due day in the panti's zone (KK11).
    /// </summary>
    public static List<KkTask> For(IEnumerable<ConferenceListing> conferences, Guid staffId, bool isPimpinan,
        PantiSettings settings, DateTimeOffset now)
    {
        var zone = settings.TimeZone();
        var tasks = new List<KkTask>();
        foreach (var kk in conferences)
        {
            if (kk.State == ConferenceState.Planned && kk.IsUpcomingAt(now))
            {
                tasks.AddRange(Preparation(kk, staffId, isPimpinan, settings.Policy, now));
            }

            if (kk.State is ConferenceState.Closed or ConferenceState.Sealed)
            {
                tasks.AddRange(kk.PostKkSummaries
                    .Where(s => s.ResponsibleStaffId == staffId && s.FiledAt is null)
                    .Select(s =>
                        Task(KkTaskKind.FilePostKkSummary, kk, null, s.ClientId, EndOfDay(s.DueOn, zone), now)));
            }
        }

        return [.. tasks.OrderBy(t => t.Deadline).ThenBy(t => t.Kind)];
    }

    private static IEnumerable<KkTask> Preparation(ConferenceListing kk, Guid staffId, bool isPimpinan,
        PantiPolicy policy, DateTimeOffset now)
    {
        if (kk.Participants.Any(p => p.StaffId == staffId))
        {
            yield return Task(KkTaskKind.Attend, kk, null, null, kk.Start, now);
        }

        if (isPimpinan && kk.AwaitingApproval)
        {
            yield return Task(KkTaskKind.ApproveUrgent, kk, null, null, kk.Start, now);
        }

        var summaryDeadline = kk.Urgent is { WaivesPreCirculation: true } ? kk.Start : kk.Start - policy.PreCirculation;
        foreach (var item in kk.Agenda)
        {
            if (item.ResponsibleStaffId == staffId && item.SummarySubmittedAt is null)
            {
                yield return Task(KkTaskKind.WriteCaseSummary, kk, item.Id, item.ClientId, summaryDeadline, now);
            }
            else if (item.SummarySubmittedAt is not null && item.Recipients.Contains(staffId)
                && item.Acknowledgements.All(a => a.StaffId != staffId))
            {
                yield return Task(KkTaskKind.AcknowledgeCaseSummary, kk, item.Id, item.ClientId, summaryDeadline, now);
            }
        }
    }

    private static KkTask Task(KkTaskKind kind, ConferenceListing kk, Guid? itemId, Guid? clientId,
        DateTimeOffset deadline, DateTimeOffset now) =>
        new(kind, kk.Id, kk.Start, itemId, clientId, deadline, now > deadline);

    private static DateTimeOffset EndOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
