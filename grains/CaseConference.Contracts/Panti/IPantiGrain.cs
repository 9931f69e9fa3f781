using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Contracts.Panti;

/// <summary>
/// One panti (tenant), keyed by its id: staff directory and roles (PE1), core team (PE2), time
/// zone (TN2), policy, fixed KK schedule (KK5), chair rotation (KK2) and the seal chain (KK10).
/// </summary>
public interface IPantiGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Founds the panti with its first pimpinan (operator command, not an API call) and its sign-in
    /// code, unique across the deployment (<see cref="IPantiCodeGrain"/>; <c>panti_code_taken</c>).
    /// </summary>
    Task<PantiProfile> Found(string name, string signInCode, StaffMember pimpinan);

    Task<PantiProfile> Profile(Caller caller);

    Task RegisterStaff(Caller caller, StaffMember member);

    Task ChangeRoles(Caller caller, Guid staffId, List<StaffRole> roles);

    Task AppointCoreMember(Caller caller, Guid staffId, Discipline discipline);

    Task DismissCoreMember(Caller caller, Guid staffId);

    Task DesignateForceMajeureProposer(Caller caller, Guid staffId, bool designated);

    /// <summary>
    /// TN2/KK5: changes any of time zone, policy and fixed schedule at once, if the settings still
    /// carry the ETag in <paramref name="ifMatch"/> (compared in this turn); answers the new settings.
    /// </summary>
    Task<PantiSettings> ChangeSettings(Caller caller, IfMatch ifMatch, string? timeZoneId, PantiPolicy? policy,
        KkRecurrence? schedule);

    /// <summary>The whole profile, for grains acting for the panti itself (e.g. the schedule).</summary>
    [AlwaysInterleave]
    Task<PantiProfile> ProfileForSystem();

    /// <summary>The staff member as the rules see them; refuses (not found) a stranger.</summary>
    [AlwaysInterleave]
    Task<Actor> ActorFor(Guid staffId);

    [AlwaysInterleave]
    Task<PantiSettings> Settings();

    [AlwaysInterleave]
    Task<Discipline?> LastChairDiscipline();

    /// <summary>KK2: the session that just opened was chaired by this discipline.</summary>
    Task RecordChair(Guid conferenceId, Discipline discipline);

    /// <summary>KK10: the hash of the panti's last sealed KK, or null before the first.</summary>
    Task<SealLink?> SealHead();

    /// <summary>KK10: appends a sealed KK to the chain; refuses a link that does not extend the head.</summary>
    Task<SealLink> AppendSeal(SealLink link);

    Task<List<SealLink>> SealChain(Caller caller);
}

/// <summary>One sealed KK in the panti's hash chain.</summary>
[GenerateSerializer, Immutable]
public sealed record SealLink(
    [property: Id(0)] Guid ConferenceId,
    [property: Id(1)] string Hash,
    [property: Id(2)] string? PreviousHash,
    [property: Id(3)] DateTimeOffset SealedAt);
