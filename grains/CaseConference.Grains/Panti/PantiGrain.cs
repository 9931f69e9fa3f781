using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;

namespace CaseConference.Grains.Panti;

public sealed class PantiGrain(
    [PersistentState("panti", StorageHosting.GrainStore)] IPersistentState<PantiState> state,
    TimeProvider clock) : Grain, IPantiGrain
{
    private PantiProfile Existing => state.State.Profile
        ?? throw DomainException.NotFound("panti_not_found", "No such panti.");

    private DateTimeOffset Now => clock.GetUtcNow();

    public async Task<PantiProfile> Found(string name, string signInCode, StaffMember pimpinan)
    {
        if (state.State.Profile is { } existing)
        {
            return existing.Name == name && existing.SignInCode == signInCode
                && existing.Staff.Any(s => s.Id == pimpinan.Id)
                ? existing
                : throw DomainException.Conflict("panti_exists", "This panti already exists.");
        }

        var profile = PantiProfile.Found(this.GetPrimaryKey(), name, signInCode, pimpinan);
        // The code is claimed before the panti exists: two panti racing for one code, one loses here.
        await GrainFactory.GetGrain<IPantiCodeGrain>(signInCode).Claim(profile.Id);
        state.State.Profile = profile;
        await state.WriteStateAsync();
        return state.State.Profile;
    }

    public Task<PantiProfile> Profile(Caller caller)
    {
        Authenticate(caller);
        return Task.FromResult(Existing);
    }

    public Task RegisterStaff(Caller caller, StaffMember member) =>
        Change(caller, (p, actor) => p.RegisterStaff(actor, member, Now));

    public Task ChangeRoles(Caller caller, Guid staffId, List<StaffRole> roles) =>
        Change(caller, (p, actor) => p.ChangeRoles(actor, staffId, roles, Now));

    public Task AppointCoreMember(Caller caller, Guid staffId, Discipline discipline) =>
        Change(caller, (p, actor) => p.AppointCoreMember(actor, staffId, discipline, Now));

    public Task DismissCoreMember(Caller caller, Guid staffId) =>
        Change(caller, (p, actor) => p.DismissCoreMember(actor, staffId, Now));

    public Task DesignateForceMajeureProposer(Caller caller, Guid staffId, bool designated) =>
        Change(caller, (p, actor) => p.DesignateForceMajeureProposer(actor, staffId, designated, Now));

    /// <summary>
    /// Settings that move due dates or the KK calendar make the schedule plan again. The panti does
    /// not wait for that pass: the schedule calls KKs, and a KK opening waits on the panti (chair
    /// rotation), so waiting here could close a cycle. A failed pass is retried by the reminder.
    /// </summary>
    public async Task<PantiSettings> ChangeSettings(
        Caller caller, IfMatch ifMatch, string? timeZoneId, PantiPolicy? policy, KkRecurrence? schedule)
    {
        var actor = Authenticate(caller);
        ifMatch.Check(ETags.ForContent(Existing.Settings));
        Existing.Settings.Change(actor, timeZoneId, policy, schedule, Now);
        await state.WriteStateAsync();
        GrainFactory.GetGrain<IReviewScheduleGrain>(this.GetPrimaryKey()).Replan().Ignore();
        return Existing.Settings;
    }

    public Task<PantiProfile> ProfileForSystem() => Task.FromResult(Existing);

    public Task<Actor> ActorFor(Guid staffId) => Task.FromResult(Existing.ActorFor(staffId));

    public Task<PantiSettings> Settings() => Task.FromResult(Existing.Settings);

    public Task<Discipline?> LastChairDiscipline() => Task.FromResult(Existing.LastChairDiscipline);

    public async Task RecordChair(Guid conferenceId, Discipline discipline)
    {
        Existing.RecordChair(conferenceId, discipline, Now);
        await state.WriteStateAsync();
    }

    public Task<SealLink?> SealHead() => Task.FromResult(state.State.Seals.LastOrDefault());

    public async Task<SealLink> AppendSeal(SealLink link)
    {
        if (state.State.Seals.FirstOrDefault(s => s.ConferenceId == link.ConferenceId) is { } sealedBefore)
        {
            return sealedBefore;
        }

        if (link.PreviousHash != state.State.Seals.LastOrDefault()?.Hash)
        {
            throw DomainException.Conflict("seal_chain_moved", "Another KK was sealed meanwhile; seal again.");
        }

        state.State.Seals.Add(link);
        await state.WriteStateAsync();
        return link;
    }

    public Task<List<SealLink>> SealChain(Caller caller)
    {
        Authenticate(caller);
        return Task.FromResult(state.State.Seals.ToList());
    }

    private Actor Authenticate(Caller caller)
    {
        caller.RequireSamePanti(state.State.Profile?.Id, "panti");
        return Existing.ActorFor(caller.StaffId);
    }

    private async Task Change(Caller caller, Func<PantiProfile, Actor, IDomainEvent> command)
    {
        command(Existing, Authenticate(caller));
        await state.WriteStateAsync();
    }
}
