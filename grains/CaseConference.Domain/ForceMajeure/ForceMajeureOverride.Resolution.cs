using CaseConference.Domain.Staff;

namespace CaseConference.Domain.ForceMajeure;

public sealed partial class ForceMajeureOverride
{
    /// <summary>
    /// FM5: put on the agenda of the next KK (regular or urgent) that has not opened yet; FM3: a
    /// rejected one too, for the KK to discuss.
    /// </summary>
    public ForceMajeureScheduled ScheduleOn(Guid conferenceId, DateTimeOffset now)
    {
        RequireAwaitingKk();
        Require.That(AgendaConferenceId is null || AgendaConferenceId == conferenceId, () => DomainException.Conflict(
            "already_scheduled", "The force majeure is already on another KK's agenda."));
        AgendaConferenceId = conferenceId;
        return new ForceMajeureScheduled(Id, conferenceId, now);
    }

    /// <summary>
    /// FM7: the KK carrying this force majeure closed without ratifying or cancelling it (or was
    /// cancelled). It stays in force, leaves that agenda for the next one, and a KK that closed
    /// without deciding flags "ratification overdue". A rejected one (FM3) not decided moves on the
    /// same way; nothing of it is in force, so nothing is overdue.
    /// </summary>
    public ForceMajeureCarriedOver CarryOver(Guid fromConferenceId, bool conferenceWasHeld, DateTimeOffset now)
    {
        RequireAwaitingKk();
        Require.That(AgendaConferenceId == fromConferenceId, () => DomainException.Conflict(
            "not_on_agenda", "The force majeure is not on that KK's agenda."));
        AgendaConferenceId = null;
        RatificationOverdue |= conferenceWasHeld && State == ForceMajeureState.InForce;
        return new ForceMajeureCarriedOver(Id, fromConferenceId, RatificationOverdue, now);
    }

    /// <summary>FM6 pengukuhan. The conference checks the session is open; this checks who and where.</summary>
    public ForceMajeureRatified Ratify(Actor actor, Guid conferenceId, DateTimeOffset now)
    {
        Resolve(actor, conferenceId, ForceMajeureState.Ratified);
        return new ForceMajeureRatified(Id, conferenceId, actor.StaffId, now);
    }

    /// <summary>FM6 pembatalan: the override is lifted and the effective formulation reverts.</summary>
    public ForceMajeureCancelled Cancel(Actor actor, Guid conferenceId, DateTimeOffset now)
    {
        Resolve(actor, conferenceId, ForceMajeureState.Cancelled);
        return new ForceMajeureCancelled(Id, conferenceId, actor.StaffId, now);
    }

    private void Resolve(Actor actor, Guid conferenceId, ForceMajeureState outcome)
    {
        Require.That(actor.IsPimpinan, () => DomainException.Forbidden(
            "pimpinan_only", "Only the pimpinan records ratification or cancellation of a force majeure."));
        RequireInForce();
        Require.That(AgendaConferenceId == conferenceId, () => DomainException.Conflict(
            "not_on_agenda", "The force majeure is not on this KK's agenda."));
        State = outcome;
        RatificationOverdue = false;
        ResolvedByConferenceId = conferenceId;
    }

    /// <summary>FM5, FM3: in force, or rejected by an objection: either way a KK must take it up.</summary>
    public bool AwaitsKk() => State is ForceMajeureState.InForce or ForceMajeureState.Rejected;

    private void RequireAwaitingKk() => Require.That(AwaitsKk(), () => DomainException.Conflict(
        "force_majeure_not_in_force", $"The force majeure is {State}."));

    private void RequireInForce() => Require.That(State == ForceMajeureState.InForce, () => DomainException.Conflict(
        "force_majeure_not_in_force", $"The force majeure is {State}."));
}
