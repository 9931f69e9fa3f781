using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Staff;
using CaseConference.Storage;

namespace CaseConference.Grains.Conferences;

/// <summary>The session: open, minutes, decisions, close and seal, post-KK summaries.</summary>
public sealed partial class ConferenceGrain
{
    public async Task<long> Open(Caller caller, IfMatch ifMatch, List<LateItemRuling> lateItemRulings)
    {
        var actor = await Authenticate(caller, ifMatch);
        var settings = await Panti.Settings();
        var lastChair = await Panti.LastChairDiscipline();
        var events = Existing.Open(actor, lastChair, lateItemRulings, settings.Policy, Now);
        FollowOn(ConferenceFollowOnKind.RecordChair);
        return await Commit(events, VersionAnswer);
    }

    public Task<Versioned<MinuteEntry>> RecordMinute(Caller caller, IfMatch ifMatch, string text,
        string? idempotencyKey = null) =>
        Minute(caller, ifMatch, idempotencyKey, text, null, (kk, actor) => kk.RecordMinute(actor, text, Now));

    public Task<Versioned<MinuteEntry>> AmendMinute(Caller caller, IfMatch ifMatch, int amendedNumber, string text,
        string? idempotencyKey = null) =>
        Minute(caller, ifMatch, idempotencyKey, text, amendedNumber, (kk, actor) =>
            kk.AmendMinute(actor, amendedNumber, text, Now));

    /// <summary>Up to <paramref name="limit"/> entries numbered below <paramref name="before"/> (followers).</summary>
    public async Task<IReadOnlyList<MinuteEntry>> MinutesBefore(Caller caller, int before, int limit)
    {
        RequireFollower(await Authenticate(caller));
        var (from, to) = Existing.MinutesPage(before, limit);
        return await MinutesAsync(from, to);
    }

    /// <summary>
    /// KK3 with an idempotency key: a retry of an entry already written answers what the first
    /// request did (the entry and the version after it), before If-Match, which the first request
    /// moved on; the same key for anything else is refused. The key is stored in the entry's row;
    /// memory knows the keys of the entries it holds, and the row answers for an older one: when
    /// If-Match refuses, and when the append finds the key taken.
    /// </summary>
    private async Task<Versioned<MinuteEntry>> Minute(
        Caller caller, IfMatch ifMatch, string? idempotencyKey, string text, int? amends,
            Func<Conference, Actor, MinuteRecorded> record)
    {
        var actor = await Authenticate(caller);
        if (idempotencyKey is not null && answered.TryGetValue(idempotencyKey, out var earlier))
        {
            return SameRequest(earlier, actor, text, amends);
        }

        if (idempotencyKey is not null && !MatchesVersion(actor, ifMatch)
            && await StoredAnswer(idempotencyKey) is { } older)
        {
            return SameRequest(older, actor, text, amends);
        }

        RequireVersion(actor, ifMatch);
        var recorded = record(Existing, actor);
        Versioned<MinuteEntry> answer;
        try
        {
            answer = new Versioned<MinuteEntry>(recorded.Entry,
                await Commit([recorded], idempotencyKey: idempotencyKey));
        }
        catch (IdempotencyKeyTakenException)
        {
            // Memory took an entry that was never written: this activation goes, the row answers.
            this.DeactivateOnIdle();
            return SameRequest(await StoredAnswer(idempotencyKey!)
                ?? throw new InvalidOperationException("The idempotency key was taken and its entry is gone."), actor,
                    text, amends);
        }

        if (idempotencyKey is not null)
        {
            answered[idempotencyKey] = answer;
        }

        return answer;
    }

    private async Task<Versioned<MinuteEntry>?> StoredAnswer(string idempotencyKey) =>
        await log.MinuteByKeyAsync(this.GetPrimaryKey(), idempotencyKey) is { Sequence: { } sequence } row
            ? new Versioned<MinuteEntry>(FromRow(row), sequence)
            : null;

    private static Versioned<MinuteEntry> SameRequest(Versioned<MinuteEntry> earlier, Actor actor,
        string text, int? amends) =>
        earlier.Value.RecordedBy == actor.StaffId && earlier.Value.Text == text && earlier.Value.Amends == amends
            ? earlier
            : throw DomainException.Conflict("idempotency_key_reused",
                "This Idempotency-Key was sent before with a different request.");

    /// <summary>
    /// KK9: the decision is checked by the conference's rules, then carried out where it acts (the
    /// force majeure for FM6, the client for CL2/CL3), and only then written here. A refusal
    /// downstream leaves nothing written (the activation reloads; see DomainRefusalFilter).
    /// </summary>
    public async Task<long> RecordDecision(Caller caller, IfMatch ifMatch, Guid itemId, Decision decision)
    {
        var actor = await Authenticate(caller, ifMatch);
        var recorded = Existing.RecordDecision(actor, itemId, decision, Now);
        var id = this.GetPrimaryKey();
        switch (decision)
        {
            case RatifyForceMajeure ratify:
                await GrainFactory.GetGrain<IForceMajeureGrain>(ratify.ForceMajeureId).Ratify(caller, id);
                break;
            case CancelForceMajeure cancel:
                await GrainFactory.GetGrain<IForceMajeureGrain>(cancel.ForceMajeureId).Cancel(caller, id);
                break;
        }

        await GrainFactory.GetGrain<IClientGrain>(recorded.Decision.ClientId).ApplyDecision(PantiId, recorded.Decision);
        return await Commit([recorded], VersionAnswer);
    }

    /// <summary>
    /// KK7/KK10/FM7: close, then (follow-on steps written with it) carry undecided force majeures over and seal into
    /// the chain.
    /// </summary>
    public async Task<long> Close(Caller caller, IfMatch ifMatch)
    {
        var actor = await Authenticate(caller, ifMatch);
        var closed = Existing.Close(actor, await Panti.Settings(), Now);
        foreach (var forceMajeureId in closed.UndecidedForceMajeures)
        {
            FollowOn(ConferenceFollowOnKind.CarryOverFromHeld, forceMajeureId);
        }

        FollowOn(ConferenceFollowOnKind.Seal);
        LeaveAgendas();
        await Commit([closed], VersionAnswer);
        return Feed.LastSequence;
    }

    public async Task<long> Cancel(Caller caller, IfMatch ifMatch, string reason)
    {
        var actor = await Authenticate(caller, ifMatch);
        var cancelled = Existing.Cancel(actor, reason, Now);
        foreach (var forceMajeureId in cancelled.ForceMajeuresToMove)
        {
            FollowOn(ConferenceFollowOnKind.CarryOverFromCancelled, forceMajeureId);
        }

        LeaveAgendas();
        await Commit([cancelled], VersionAnswer);
        return Feed.LastSequence;
    }

    public async Task<long> FileSummary(Caller caller, IfMatch ifMatch, Guid clientId, string text)
    {
        var actor = await Authenticate(caller, ifMatch);
        var settings = await Panti.Settings();
        return await Commit([Existing.FileSummary(actor, clientId, text, settings, Now)], VersionAnswer);
    }

    public async Task<SealCheck> VerifySeal(Caller caller)
    {
        await Authenticate(caller);
        // Read what the database holds now, not this activation's memory: a change made behind
        // the application's back must show.
        await state.ReadStateAsync();
        await LoadAsync(CancellationToken.None);
        var kk = Existing;
        if (kk.State != ConferenceState.Sealed || kk.SealHash is null)
        {
            return new SealCheck(false, "not_sealed", kk.SealHash, null);
        }

        var recomputed = await SealHashAsync(kk, kk.PreviousSealHash);
        var chain = await Panti.SealChain(caller);
        var index = chain.FindIndex(l => l.ConferenceId == kk.Id);
        var problem =
            recomputed != kk.SealHash ? "content_changed"
            : index < 0 || chain[index].Hash != kk.SealHash ? "not_in_chain"
            : chain[index].PreviousHash != (index == 0 ? null : chain[index - 1].Hash) ? "chain_link_broken"
            : kk.PreviousSealHash != chain[index].PreviousHash ? "chain_link_broken"
            : null;
        return new SealCheck(problem is null, problem, kk.SealHash, recomputed);
    }

    /// <summary>
    /// KK10: chains this KK to the panti's last sealed one. The panti refuses a link that does not
    /// extend its head (another KK sealed meanwhile), so the seal is computed again on the new head.
    /// </summary>
    private async Task SealAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var head = await Panti.SealHead();
            var previous = head?.ConferenceId == this.GetPrimaryKey() ? head.PreviousHash : head?.Hash;
            var closedState = Existing.State;
            var sealedEvent = Existing.Seal(await SealHashAsync(Existing, previous), previous, Now);
            try
            {
                await Panti.AppendSeal(new SealLink(this.GetPrimaryKey(), sealedEvent.Hash, previous, sealedEvent.At));
            }
            catch (RefusedException e) when (e.Code == "seal_chain_moved" && attempt < 5)
            {
                Existing.State = closedState;
                continue;
            }

            await Commit([sealedEvent], VersionAnswer);
            return;
        }
    }

    private void LeaveAgendas()
    {
        foreach (var clientId in Existing.Agenda.Select(a => a.ClientId).Distinct())
        {
            FollowOn(ConferenceFollowOnKind.OffAgenda, clientId);
        }
    }
}
