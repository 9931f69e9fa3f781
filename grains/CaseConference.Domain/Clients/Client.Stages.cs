using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Clients;

public sealed partial class Client
{
    /// <summary>
    /// CL1: a staff-recorded transition. Transitions reserved to a KK decision (placement,
    /// resocialisation, retraining, termination in aftercare) or to registration are refused here.
    /// </summary>
    public ClientStageChanged MoveTo(Actor actor, ClientStage to, string why, DateTimeOffset now,
        TerminationReason? reason = null)
    {
        Require.That(MayManage(actor), () => DomainException.Forbidden(
            "not_case_staff",
                "Only the responsible peksos, a core member, the secretary or the pimpinan moves a case."));
        Require.Text(why, "why_required", "The reason for the stage change");
        var transition = StageTransitions.Find(Stage, to)
            ?? throw DomainException.Conflict("transition_not_allowed", $"A client cannot move from {Stage} to {to}.");
        Require.That(transition.Trigger != StageTrigger.KkDecision, () => DomainException.Conflict(
            "needs_kk_decision", $"Moving from {Stage} to {to} needs a KK decision."));
        Require.That(transition.Trigger != StageTrigger.Registration, () => DomainException.Conflict(
            "needs_registration", "Registration moves a definitive candidate to Registered."));
        Require.That(to != ClientStage.Terminated || reason is not null, () => DomainException.Invalid(
            "termination_reason_required", "Termination needs a reason (CL5)."));

        return ChangeStage(to, ChronologyFact.StageMoved, why, actor.StaffId, now, null, reason);
    }

    /// <summary>
    /// CL1: the steps the stage table allows from the current stage, each with whether this actor
    /// may take it here (<see cref="MoveTo"/>, <see cref="Register"/>) or the code that says why not.
    /// </summary>
    public IReadOnlyList<StageStep> NextSteps(Actor actor) =>
        [.. StageTransitions.All.Where(t => t.From == Stage).Select(t => new StageStep(t.To, t.Trigger, t.Trigger switch
        {
            StageTrigger.KkDecision => "needs_kk_decision",
            StageTrigger.Registration => IsRegistrar(actor) ? null : "registration_by_administration",
            _ => MayManage(actor) ? null : "not_case_staff",
        }))];

    /// <summary>CL4: the intake diagnostic study ran past four weeks. A warning only; nothing is blocked.</summary>
    public bool IsDiagnosticOverdue(DateTimeOffset now) =>
        Stage == ClientStage.Diagnostic && DiagnosticStartedAt is { } started && now - started > DiagnosticLimit;

    private bool MayManage(Actor actor) =>
        actor.IsPimpinan || actor.IsCoreMember || actor.IsSekretaris || actor.StaffId == ResponsiblePeksosId
        || (Stage < ClientStage.Registered && actor.Has(StaffRole.Peksos));

    private ClientStageChanged ChangeStage(
        ClientStage to, ChronologyFact fact, string why, Guid by, DateTimeOffset now, Guid? conferenceId,
            TerminationReason? reason = null)
    {
        var from = Stage;
        Stage = to;
        if (to == ClientStage.Diagnostic)
        {
            DiagnosticStartedAt = now;
        }

        if (to == ClientStage.Terminated)
        {
            TerminationReason = reason;
        }

        Note(new(0, now, by, ChronologyKind.StageChanged, why)
        {
            Fact = fact,
            From = from,
            To = to,
            ConferenceId = conferenceId,
            TerminationReason = to == ClientStage.Terminated ? reason : null,
        });
        return new ClientStageChanged(Id, from, to, why, by, now, conferenceId, reason);
    }
}
