namespace CaseConference.Domain.Clients;

/// <summary>What may move a client from one stage to another.</summary>
public enum StageTrigger
{
    /// <summary>Recorded by staff with a reason.</summary>
    Staff,

    /// <summary>Only the registration entry (C6).</summary>
    Registration,

    /// <summary>Only a KK decision (C9, C10, C13, C14, C16, C17; CL2, CL5).</summary>
    KkDecision,
}

public sealed record StageTransition(ClientStage From, ClientStage To, StageTrigger Trigger);

/// <summary>The allowed transitions of CL1 (C1 … C19 in docs/RULES.md); anything not listed is refused.</summary>
public static class StageTransitions
{
    private static readonly ClientStage[] ActiveBeforeAftercare =
    [
        ClientStage.Prospect, ClientStage.Candidate, ClientStage.InSelection, ClientStage.DefinitiveCandidate,
        ClientStage.Registered, ClientStage.Diagnostic, ClientStage.AwaitingPlacementKk, ClientStage.Planning,
        ClientStage.InGuidance, ClientStage.Resocialisation,
    ];

    public static IReadOnlyList<StageTransition> All { get; } =
    [
        new(ClientStage.Prospect, ClientStage.Candidate, StageTrigger.Staff),
        new(ClientStage.Candidate, ClientStage.InSelection, StageTrigger.Staff),
        new(ClientStage.InSelection, ClientStage.DefinitiveCandidate, StageTrigger.Staff),
        new(ClientStage.InSelection, ClientStage.NotAccepted, StageTrigger.Staff),
        new(ClientStage.DefinitiveCandidate, ClientStage.Registered, StageTrigger.Registration),
        new(ClientStage.Registered, ClientStage.Diagnostic, StageTrigger.Staff),
        new(ClientStage.Diagnostic, ClientStage.AwaitingPlacementKk, StageTrigger.Staff),
        new(ClientStage.AwaitingPlacementKk, ClientStage.Planning, StageTrigger.KkDecision),
        new(ClientStage.Planning, ClientStage.InGuidance, StageTrigger.Staff),
        new(ClientStage.InGuidance, ClientStage.Resocialisation, StageTrigger.KkDecision),
        new(ClientStage.Resocialisation, ClientStage.InGuidance, StageTrigger.KkDecision),
        new(ClientStage.Resocialisation, ClientStage.Aftercare, StageTrigger.Staff),
        new(ClientStage.Aftercare, ClientStage.InGuidance, StageTrigger.KkDecision),
        new(ClientStage.Aftercare, ClientStage.Terminated, StageTrigger.KkDecision),
        .. ActiveBeforeAftercare.Select(from => new StageTransition(from, ClientStage.Terminated, StageTrigger.Staff)),
        new(ClientStage.Terminated, ClientStage.Closed, StageTrigger.Staff),
    ];

    public static StageTransition? Find(ClientStage from, ClientStage to) =>
        All.FirstOrDefault(t => t.From == from && t.To == to);

    /// <summary>A KK may also terminate any active client (C18 through a decision).</summary>
    public static bool KkMayTerminate(ClientStage from) =>
        from == ClientStage.Aftercare || ActiveBeforeAftercare.Contains(from);

    /// <summary>Stages with a quarterly review clock (RV1).</summary>
    public static bool HasReviewClock(ClientStage stage) =>
        stage is ClientStage.Planning or ClientStage.InGuidance or ClientStage.Resocialisation or ClientStage.Aftercare;
}
