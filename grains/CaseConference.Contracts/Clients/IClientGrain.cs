using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Contracts.Clients;

/// <summary>
/// One client's case file (berkas kasus), keyed by client id: registration, stage (CL1),
/// formulation versions (CL3) with force-majeure overlays (FM4), chronology, confidentiality (CL6).
/// </summary>
public interface IClientGrain : IGrainWithGuidKey
{
    /// <summary>
    /// CL1: a person reached by outreach becomes a prospect of the caller's panti. The answer is not
    /// the case record: a peksos outside the core team may open a case but not read it (CL6).
    /// </summary>
    [Idempotent]
    Task<OpenedClient> Open(Caller caller, string name, string where);

    [Idempotent]
    Task Register(Caller caller, Registration registration);

    /// <summary>CL1: correct buku induk fields; each change becomes a chronology line.</summary>
    [Idempotent]
    Task CorrectRegistration(Caller caller, RegistrationCorrection correction);

    [Idempotent]
    Task AssignPeksos(Caller caller, Guid peksosId);

    /// <summary>CL1: a guarded stage transition that needs no KK decision.</summary>
    [Idempotent]
    Task MoveTo(Caller caller, ClientStage to, string why, TerminationReason? reason = null);

    /// <summary>
    /// CL6: the whole case record, for entitled readers only; every read and every refusal is audited.
    /// </summary>
    Task<CaseRecord> Read(Caller caller);

    /// <summary>
    /// CL6 for this client's case content shown elsewhere (a KK's snapshot, a force majeure):
    /// may the caller read it now? Audited like a case-record read, the refusal too, naming
    /// <paramref name="via"/> (e.g. <c>conference:&lt;id&gt;</c>). Interleaves: a KK asks while the
    /// client may be asking that KK whether its participants may read (<c>GrantsCaseRecordRead</c>).
    /// </summary>
    [AlwaysInterleave]
    Task<bool> MayReadCaseContent(Caller caller, string via);

    /// <summary>
    /// CL6 for a notification naming this client (issue 10): may this staff member of the client's
    /// panti read its record now? Nothing of the record is shown, so it is not audited; another
    /// panti, or someone not on its staff, is simply "no". Interleaves for the reason above.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> MayBeToldAbout(Guid pantiId, Guid staffId);

    /// <summary>
    /// What other grains need to know without reading the confidential record. TN1/finding 2: only
    /// for the client's own panti; another panti's client answers "not found".
    /// </summary>
    [AlwaysInterleave]
    Task<ClientFacts> Facts(Guid pantiId);

    /// <summary>The client as the force-majeure rules need it (FM1: the current formulation).</summary>
    [AlwaysInterleave]
    Task<Client> ForRules(Guid pantiId);

    /// <summary>CL2/CL3/KK9: carries out a KK decision; called by the conference.</summary>
    Task ApplyDecision(Guid pantiId, RecordedDecision decision);

    /// <summary>FM4: a force majeure came into force; called by the force majeure.</summary>
    Task PlaceOverlay(Guid pantiId, ForceMajeureOverride forceMajeure);

    /// <summary>CL6: the client is on (or left) the agenda of an open KK, whose participants may read.</summary>
    Task SetOnAgenda(Guid pantiId, Guid conferenceId, bool onAgenda);
}

/// <summary>A case just opened, as its opener may see it whether or not CL6 lets them read the record.</summary>
[GenerateSerializer, Immutable]
public sealed record OpenedClient(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ClientStage Stage);

/// <summary>The case record as an entitled reader sees it, with the stage steps open to that reader (CL1).</summary>
[GenerateSerializer, Immutable]
public sealed record CaseRecord(
    [property: Id(0)] Client Client,
    [property: Id(1)] IReadOnlyList<EffectiveItem> EffectiveFormulation,
    [property: Id(2)] bool DiagnosticOverdue,
    [property: Id(3)] DateOnly? ReviewDueOn,
    [property: Id(4)] IReadOnlyList<StageStep>? NextSteps = null);

/// <summary>
/// Non-confidential facts the schedule needs: stage, responsible peksos, and when the client was
/// last decided on by a KK (RV1: the due date follows from it in the panti's time zone).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ClientFacts(
    [property: Id(0)] Guid ClientId,
    [property: Id(1)] Guid PantiId,
    [property: Id(2)] string Name,
    [property: Id(3)] ClientStage Stage,
    [property: Id(4)] Guid? ResponsiblePeksosId,
    [property: Id(5)] DateTimeOffset? LastReviewedAt,
    [property: Id(6)] string? RegisterNumber = null);
