using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

public sealed partial class Conference
{
    /// <summary>
    /// KK7: InSession → Closed; agenda and decisions freeze. Lists force majeures left undecided
    /// (FM7) and sets one post-KK summary per client decided on, due in N working days (KK11).
    /// </summary>
    public ConferenceClosed Close(Actor actor, PantiSettings settings, DateTimeOffset now)
    {
        Require.That(IsRecorder(actor), () =>
            DomainException.Forbidden("not_recorder", "The chair or the secretary closes the session."));
        RequireState(ConferenceState.InSession);

        var dueOn = settings.Calendar().AddWorkingDays(now, settings.Policy.PostKkSummaryWorkingDays);
        PostKkSummaries = [.. Decisions
            .Where(d => d.Decision is not Defer)
            .Select(d => FindItem(d.AgendaItemId))
            .DistinctBy(i => i.ClientId)
            .Select(i => new PostKkSummary(i.ClientId, i.ResponsibleStaffId, dueOn))];

        var undecided = Agenda
            .Where(a => a.ForceMajeureId is not null)
            .Where(a => Decisions.FirstOrDefault(d => d.AgendaItemId == a.Id) is null or { Decision: Defer })
            .Select(a => a.ForceMajeureId!.Value)
            .ToList();

        State = ConferenceState.Closed;
        ClosedAt = now;
        return new ConferenceClosed(Id, undecided, [.. PostKkSummaries], actor.StaffId, now);
    }

    /// <summary>KK7: only a planned KK is cancelled, with a reason; its items move to the next KK.</summary>
    public ConferenceCancelled Cancel(Actor actor, string reason, DateTimeOffset now)
    {
        Require.That(actor.IsPimpinan || actor.IsCoreMember, () => DomainException.Forbidden(
            "cancel_by_pimpinan_or_core", "The pimpinan or a core member cancels a KK."));
        RequireState(ConferenceState.Planned);
        Require.Text(reason, "cancellation_reason_required", "The reason for cancelling");

        State = ConferenceState.Cancelled;
        CancellationReason = reason;
        return new ConferenceCancelled(
            Id, reason,
            [.. Agenda.Where(a => a.ForceMajeureId is not null).Select(a => a.ForceMajeureId!.Value)],
            [.. Agenda.Where(a => a.ForceMajeureId is null).Select(a => a.ClientId).Distinct()],
            actor.StaffId, now);
    }

    /// <summary>
    /// KK10: Closed → Sealed, chained to the panti's previous sealed KK (null for the first), over the entries held.
    /// </summary>
    public ConferenceSealed Seal(string? previousSealHash, DateTimeOffset now)
    {
        if (earlierMinutes > 0)
        {
            throw new InvalidOperationException(
                "A KK holding only its last entries is sealed with the hash over all of them.");
        }

        return Seal(MinutesSeal.Compute(this, previousSealHash), previousSealHash, now);
    }

    /// <summary>
    /// KK10: Closed → Sealed with <paramref name="hash"/>, computed by <see cref="SealHasher"/> over every entry.
    /// </summary>
    public ConferenceSealed Seal(string hash, string? previousSealHash, DateTimeOffset now)
    {
        RequireState(ConferenceState.Closed);
        PreviousSealHash = previousSealHash;
        SealHash = hash;
        SealedAt = now;
        State = ConferenceState.Sealed;
        return new ConferenceSealed(Id, SealHash, previousSealHash, now);
    }

    /// <summary>KK11: the responsible staff files the summary; filing after the due day is flagged late.</summary>
    public PostKkSummaryFiled FileSummary(Actor actor, Guid clientId, string text,
        PantiSettings settings, DateTimeOffset now)
    {
        RequireState(ConferenceState.Closed, ConferenceState.Sealed);
        var summary = PostKkSummaries.FirstOrDefault(s => s.ClientId == clientId)
            ?? throw DomainException.NotFound("summary_not_expected", "No post-KK summary is due for that client.");
        Require.That(actor.StaffId == summary.ResponsibleStaffId, () => DomainException.Forbidden(
            "not_responsible_staff", "The client's responsible staff files the post-KK summary."));
        Require.That(summary.FiledAt is null, () =>
            DomainException.Conflict("summary_already_filed", "The summary is already filed."));
        Require.Text(text, "summary_text_required", "The summary");

        var filed = summary with { FiledAt = now, Text = text };
        PostKkSummaries[PostKkSummaries.IndexOf(summary)] = filed;
        return new PostKkSummaryFiled(Id, clientId, actor.StaffId, filed.IsLate(now, settings.TimeZone()), now);
    }

    /// <summary>KK11: summaries filed late or still missing after their due day.</summary>
    public IReadOnlyList<PostKkSummary> LateSummaries(DateTimeOffset now, TimeZoneInfo zone) =>
        PostKkSummaries.Where(s => s.IsLate(now, zone)).ToList();
}
