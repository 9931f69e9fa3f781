using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Events;
using CaseConference.Contracts.Panti;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Staff;
using CaseConference.Grains.Events;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.Conferences;

/// <summary>Planning, participants and agenda; the session itself is in ConferenceGrain.Session.cs.</summary>
public sealed partial class ConferenceGrain(
    [PersistentState("conference", StorageHosting.GrainStore)] IPersistentState<ConferenceGrainState> state,
    IConferenceLog log,
    TimeProvider clock,
    ILogger<ConferenceGrain> logger) : Grain, IConferenceGrain, IIdempotentGrain, IFollowOnGrain
{
    private string? listedFingerprint;
    private ConferenceSlot? toldSlot;

    private Conference Existing => state.State.Conference
        ?? throw DomainException.NotFound("conference_not_found", "No such KK.");

    private Guid PantiId =>
        state.State.PantiId ?? throw DomainException.NotFound("conference_not_found", "No such KK.");

    private IPantiGrain Panti => GrainFactory.Reference<IPantiGrain>(PantiId);

    private DateTimeOffset Now => clock.GetUtcNow();

    IdempotentMemory IIdempotentGrain.Idempotency => state.State.Idempotency;

    public async Task<RegularPlanned> PlanRegular(Caller caller, DateTimeOffset start)
    {
        if (state.State.Conference is { } existing)
        {
            return new RegularPlanned(await ExistingRegular(caller, existing, start), Created: false);
        }

        var panti = GrainFactory.GetGrain<IPantiGrain>(caller.PantiId);
        var actor = await panti.ActorFor(caller.StaffId);
        var (conference, planned) = Conference.PlanRegular(this.GetPrimaryKey(), actor, start,
            await panti.Settings(), Now);
        // Planned by hand or by the schedule, a regular KK starts with the same standing members (KK1).
        var events = new List<IDomainEvent> { planned };
        events.AddRange(DefaultParticipants.InviteAll(conference, await panti.ProfileForSystem(), Now));
        return new RegularPlanned(await Create(caller.PantiId, conference, [.. events],
            s => new RegularPlanned(s, Created: true)), Created: true);
    }

    /// <summary>
    /// KK5: one regular KK per slot. Planning a slot again answers the KK that holds it, as its snapshot
    /// to those who follow it, else as a 409 naming it. A cancelled KK frees its slot.
    /// </summary>
    private async Task<ConferenceSnapshot> ExistingRegular(Caller caller, Conference existing, DateTimeOffset start)
    {
        if (state.State.PantiId != caller.PantiId || existing.Kind != ConferenceKind.Regular || existing.Start != start
            || existing.State == ConferenceState.Cancelled)
        {
            throw DomainException.NotFound("conference_not_found", "No such KK.");
        }

        var actor = await Panti.ActorFor(caller.StaffId);
        Conference.RequireOrganiserRole(actor);
        Require(IsFollowedBy(actor), () => DomainException.Conflict(
            "regular_conference_exists", $"The regular KK {existing.Id} is already planned at this time."));
        return await Snapshot(caller);
    }

    public async Task<ConferenceSnapshot> PlanScheduled(Guid pantiId, DateTimeOffset start)
    {
        if (state.State.Conference is { } existing)
        {
            // Finding 2: only the panti's own regular KK on this very occurrence is adopted; whatever
            // else holds the id (another panti's KK above all) is "not found", and the schedule moves on.
            return state.State.PantiId == pantiId && existing.Kind == ConferenceKind.Regular && existing.Start == start
                ? SnapshotOf(existing, pantiId)
                : throw DomainException.NotFound("conference_not_found", "No such KK.");
        }

        var panti = GrainFactory.GetGrain<IPantiGrain>(pantiId);
        var profile = await panti.ProfileForSystem();
        var pimpinan = profile.Staff.First(s => s.Has(StaffRole.Pimpinan));
        var (conference, planned) = Conference.PlanRegular(this.GetPrimaryKey(), profile.ActorFor(pimpinan.Id),
            start, profile.Settings, Now);
        var events = new List<IDomainEvent> { planned };
        events.AddRange(DefaultParticipants.InviteAll(conference, profile, Now));
        return await Create(pantiId, conference, [.. events]);
    }

    public async Task<ConferenceSnapshot> RequestUrgent(Caller caller, DateTimeOffset start, string reason)
    {
        RequireNew(caller);
        var actor = await GrainFactory.GetGrain<IPantiGrain>(caller.PantiId).ActorFor(caller.StaffId);
        var (conference, requested) = Conference.RequestUrgent(this.GetPrimaryKey(), actor, start, reason, Now);
        return await Create(caller.PantiId, conference, [requested], snapshot => snapshot);
    }

    public Task<long> ApproveUrgent(Caller caller, IfMatch ifMatch, bool waivePreCirculation) =>
        Change(caller, ifMatch, (kk, actor) => [kk.ApproveUrgent(actor, waivePreCirculation, Now)]);

    public async Task<long> Invite(Caller caller, IfMatch ifMatch, Guid staffId, Capacity capacity)
    {
        var actor = await Authenticate(caller, ifMatch);
        var invitee = await Panti.ActorFor(staffId);
        return await Commit([Existing.Invite(actor, invitee, capacity, Now)], VersionAnswer);
    }

    public Task<long> NameDeputySecretary(Caller caller, IfMatch ifMatch, Guid deputyId) =>
        Change(caller, ifMatch, (kk, actor) => [kk.NameDeputySecretary(actor, deputyId, Now)]);

    public async Task<Versioned<Guid>> AddAgendaItem(Caller caller, IfMatch ifMatch, Guid clientId,
        AgendaPurpose purpose, string? note)
    {
        var actor = await Authenticate(caller, ifMatch);
        var client = await ClientOfThisPanti(caller, clientId);
        var itemId = Guid.NewGuid();
        var added = Existing.AddAgendaItem(actor, itemId, clientId, purpose,
            client.ResponsiblePeksosId ?? actor.StaffId, note, Now);
        FollowOn(ConferenceFollowOnKind.OnAgenda, clientId);
        var version = await Commit([added], v => new Versioned<Guid>(itemId, v));
        return new Versioned<Guid>(itemId, version);
    }

    public async Task<bool> ScheduleReview(Guid pantiId, Guid clientId)
    {
        if (!AcceptsAutomaticItems(pantiId) || Existing.Agenda.Any(a => a.ClientId == clientId))
        {
            return Existing.Agenda.Any(a => a.ClientId == clientId);
        }

        var client = await GrainFactory.GetGrain<IClientGrain>(clientId).Facts(pantiId);
        var scheduled = Existing.ScheduleReview(Guid.NewGuid(), clientId,
            client.ResponsiblePeksosId ?? Existing.PlannedBy, Now);
        FollowOn(ConferenceFollowOnKind.OnAgenda, clientId);
        await Commit([scheduled]);
        return true;
    }

    public async Task<bool> ScheduleForceMajeure(Guid pantiId, Guid forceMajeureId, Guid clientId, bool forDiscussion)
    {
        if (!AcceptsAutomaticItems(pantiId))
        {
            return false;
        }

        if (Existing.Agenda.Any(a => a.ForceMajeureId == forceMajeureId))
        {
            return true;
        }

        var client = await GrainFactory.GetGrain<IClientGrain>(clientId).Facts(pantiId);
        var scheduled = Existing.ScheduleForceMajeure(Guid.NewGuid(), forceMajeureId, clientId,
            client.ResponsiblePeksosId ?? Existing.PlannedBy, Now, forDiscussion);
        FollowOn(ConferenceFollowOnKind.OnAgenda, clientId);
        await Commit([scheduled]);
        return true;
    }

    public Task<long> SubmitCaseSummary(Caller caller, IfMatch ifMatch, Guid itemId, string text) =>
        Change(caller, ifMatch, (kk, actor) => [kk.SubmitCaseSummary(actor, itemId, text, Now)]);

    public Task<long> AcknowledgeCaseSummary(Caller caller, IfMatch ifMatch, Guid itemId) =>
        Change(caller, ifMatch, (kk, actor) => kk.AcknowledgeCaseSummary(actor, itemId, Now) is { } ack ? [ack] : []);

    public Task<long> RecordAttendance(Caller caller, IfMatch ifMatch, Guid staffId,
        AttendanceMode mode, string? detail) =>
        Change(caller, ifMatch, (kk, actor) => [kk.RecordAttendance(actor, staffId, mode, detail, Now)]);

    public Task<long> RecordAttendanceOfMany(Caller caller, IfMatch ifMatch, List<AttendanceEntry> entries) =>
        Change(caller, ifMatch, (kk, actor) => kk.RecordAttendance(actor, entries, Now));

    public async Task<SessionReadiness> Readiness(Caller caller)
    {
        var actor = await Authenticate(caller);
        RequireFollower(actor);
        return Existing.Readiness(await Panti.LastChairDiscipline(), (await Panti.Settings()).Policy, Now);
    }

    /// <summary>
    /// CL6: the content of each client on the agenda is shown only when that client's grain, asked
    /// now, allows the caller; each client audits one line per snapshot.
    /// </summary>
    public async Task<ConferenceSnapshot> Snapshot(Caller caller)
    {
        var actor = await Authenticate(caller);
        RequireFollower(actor);
        var (kk, version) = (Existing, Feed.LastSequence);
        var withheld = await CaseContentWithheldFrom(caller, kk.ClientsWithCaseContent);
        return SnapshotOf(withheld.Count == 0 ? kk : kk.WithCaseContentWithheld(withheld), PantiId, version);
    }

    public async Task<long> Version(Caller caller)
    {
        var actor = await Authenticate(caller);
        RequireFollower(actor);
        return Feed.LastSequence;
    }

    public Task<ConferenceSlot> Slot(Guid pantiId)
    {
        new Caller(pantiId, Guid.Empty).RequireSamePanti(state.State.PantiId, "conference");
        return Task.FromResult(Existing.ToSlot());
    }

    public Task<bool> IsFollower(Guid pantiId, Guid staffId) =>
        Task.FromResult(state.State.PantiId == pantiId
            && (Existing.PlannedBy == staffId || Existing.Participants.Any(p => p.StaffId == staffId)));

    public Task<bool> GrantsCaseRecordRead(Guid staffId, Guid clientId) =>
        Task.FromResult(state.State.Conference?.GrantsCaseRecordRead(staffId, clientId) ?? false);

    public Task Subscribe(IFeedObserver observer) => Feed.Subscribe(observer);

    public Task Unsubscribe(IFeedObserver observer) => Feed.Unsubscribe(observer);

    private void RequireNew(Caller caller)
    {
        if (state.State.Conference is not null)
        {
            caller.RequireSamePanti(state.State.PantiId, "conference"); // TN1: not even that the id is taken
            throw DomainException.Conflict("conference_exists", "A KK with this id exists.");
        }
    }

    /// <summary>LV1: participants follow a KK, and the pimpinan, who is answerable for every KK.</summary>
    /// <summary>
    /// Participants, the pimpinan, and whoever planned or requested the KK (before anyone is invited).
    /// </summary>
    private void RequireFollower(Actor actor) => Require(
        IsFollowedBy(actor), () =>
            DomainException.Forbidden("not_participant", "Only the KK's participants follow it."));

    private bool IsFollowedBy(Actor actor) =>
        actor.IsPimpinan || actor.StaffId == Existing.PlannedBy
            || Existing.Participants.Any(p => p.StaffId == actor.StaffId);

    private bool AcceptsAutomaticItems(Guid pantiId) =>
        state.State.PantiId == pantiId && Existing.State == ConferenceState.Planned && Existing.Start > Now;

    private async Task<HashSet<Guid>> CaseContentWithheldFrom(Caller caller, IReadOnlyList<Guid> clientIds)
    {
        var via = $"conference:{this.GetPrimaryKey()}";
        var allowed = await Task.WhenAll(clientIds.Select(async id =>
        {
            try
            {
                return await GrainFactory.GetGrain<IClientGrain>(id).MayReadCaseContent(caller, via);
            }
            catch (RefusedException)
            {
                return false; // a client this caller's panti cannot read at all is withheld, not an error
            }
        }));
        return [.. clientIds.Where((_, i) => !allowed[i])];
    }

    private async Task<ClientFacts> ClientOfThisPanti(Caller caller, Guid clientId)
    {
        caller.RequireSamePanti(state.State.PantiId, "conference");
        return await GrainFactory.GetGrain<IClientGrain>(clientId).Facts(caller.PantiId);
    }

    /// <summary>A new KK; a keyed command's <paramref name="answer"/> is made of its snapshot.</summary>
    private async Task<ConferenceSnapshot> Create(Guid pantiId, Conference conference, IDomainEvent[] events,
        Func<ConferenceSnapshot, object>? answer = null)
    {
        state.State.PantiId = pantiId;
        state.State.Conference = conference;
        await Commit(events, answer is null ? null : _ => answer(SnapshotOf(conference, pantiId)));
        return SnapshotOf(conference, pantiId);
    }

    /// <summary>
    /// TN1 first (another panti's KK is "not found", never a 412), then who the caller is; only a
    /// follower can have read the version, so only a follower's If-Match is compared, and that in
    /// this turn, before anything changes.
    /// </summary>
    private async Task<Actor> Authenticate(Caller caller, IfMatch? ifMatch = null)
    {
        caller.RequireSamePanti(state.State.PantiId, "conference");
        var actor = await Panti.ActorFor(caller.StaffId);
        RequireVersion(actor, ifMatch);
        return actor;
    }

    private bool MatchesVersion(Actor actor, IfMatch? ifMatch)
    {
        try
        {
            RequireVersion(actor, ifMatch);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private void RequireVersion(Actor actor, IfMatch? ifMatch)
    {
        if (ifMatch is { Asks: true })
        {
            RequireFollower(actor);
            ifMatch.Check(ETags.ForVersion(Feed.LastSequence));
        }
    }

    private async Task<long> Change(Caller caller, IfMatch ifMatch,
        Func<Conference, Actor, IEnumerable<IDomainEvent>> command)
    {
        var actor = await Authenticate(caller, ifMatch);
        return await Commit([.. command(Existing, actor)], VersionAnswer);
    }

    /// <summary>
    /// Issue 9: the schedule and the register hear of a change as follow-on steps written with it,
    /// only when what they hold of the KK changed: minutes and attendance change neither, and the
    /// schedule hears of state, start and agenda only. A step sends what the KK holds when it runs.
    /// </summary>
    private void NoticesFollow()
    {
        if (!SameSlot(toldSlot, Existing.ToSlot()))
        {
            FollowOn(ConferenceFollowOnKind.TellSchedule);
        }

        if (ListingFingerprint() != listedFingerprint)
        {
            FollowOn(ConferenceFollowOnKind.TellRegister);
        }
    }

    /// <summary>Waited for: the register writes it and never calls a KK, so nothing waits in a cycle.</summary>
    private async Task TellRegister()
    {
        var fingerprint = ListingFingerprint();
        if (fingerprint != listedFingerprint)
        {
            await GrainFactory.GetGrain<IConferenceRegisterGrain>(PantiId)
                .Changed(Existing.ToListing(Feed.LastSequence) with { ChangedAt = Now });
            listedFingerprint = fingerprint;
        }
    }

    /// <summary>One way: the schedule's planning pass calls KKs, so a KK waiting on it could wait in a cycle.</summary>
    private async Task TellSchedule()
    {
        var slot = Existing.ToSlot();
        if (!SameSlot(toldSlot, slot))
        {
            await GrainFactory.GetGrain<IReviewScheduleGrain>(PantiId).ConferenceChanged(slot);
            toldSlot = slot;
        }
    }

    private string ListingFingerprint() =>
        System.Text.Json.JsonSerializer.Serialize(Existing.ToListing(0), WireSerialization.Json);

    private static bool SameSlot(ConferenceSlot? told, ConferenceSlot slot) =>
        told is not null && slot.State == told.State && slot.Start == told.Start
            && slot.AgendaClientIds.SequenceEqual(told.AgendaClientIds);

    /// <summary>
    /// A snapshot carries the last entries only; <c>GET …/minutes?before=</c> pages back through the rest.
    /// </summary>
    private ConferenceSnapshot SnapshotOf(Conference kk, Guid pantiId, long? version = null) =>
        new(kk.WithLastMinutes(ConferenceSnapshot.LatestMinutes), version ?? Feed.LastSequence, pantiId,
            kk.CountMinutes(), amendments);

    private static void Require(bool condition, Func<DomainException> refusal)
    {
        if (!condition)
        {
            throw refusal();
        }
    }
}
