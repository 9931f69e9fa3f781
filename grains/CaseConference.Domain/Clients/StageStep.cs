namespace CaseConference.Domain.Clients;

/// <summary>
/// CL1: one step the stage table allows from the client's stage, as the case file offers it to one
/// reader: taken by staff, by registration or only by a KK decision, and, when this reader may not
/// take it here, the code the command would refuse with.
/// </summary>
public sealed record StageStep(ClientStage To, StageTrigger Trigger, string? RefusedWith)
{
    public bool Allowed => RefusedWith is null;
}
