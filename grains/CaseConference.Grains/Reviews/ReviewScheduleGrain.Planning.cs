using System.Security.Cryptography;
using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Reviews;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.Reviews;

/// <summary>One planning pass: KK5, RV2, FM5, then RV4/LV2 publication of what changed.</summary>
public sealed partial class ReviewScheduleGrain
{
    /// <summary>Sessions that ended this long ago leave the schedule's memory.</summary>
    private static readonly TimeSpan KeepEnded = TimeSpan.FromDays(7);

    private async Task PlanAsync()
    {
        lastPassAt = Environment.TickCount64;
        var settings = this.settings = await Panti.Settings();
        await ReconcileAsync();
        await PlanRegularConferences(settings);
        await PlaceDueReviews(settings);
        await PlaceForceMajeures();
        ForgetEndedConferences();

        var built = Build(settings);
        var fingerprint = Fingerprint(built);
        if (fingerprint != state.State.PublishedFingerprint)
        {
            state.State.PublishedFingerprint = fingerprint;
            Feed.Append(new ScheduleChanged(built.Entries, built.Reviews, built.OverdueEscalated,
                built.UnplacedClients, Now), Now);
            state.State.Version = Feed.LastSequence;
            state.State.PublishedAt = Now;
        }
        else
        {
            RestoreLastEvent(built);
        }

        Cache(built with { Version = Feed.LastSequence }, settings);
        await SaveAsync();
        await Feed.PublishAsync();
        await NotifyReviews(settings);
        PlanWhenTimeChangesTheView();
    }

    /// <summary>What a follower sees of the schedule (names and register numbers are not in its events).</summary>
    private static string Fingerprint(ScheduleView view) =>
        Convert.ToHexString(SHA256.HashData(
            JsonSerializer.SerializeToUtf8Bytes(new { view.Entries, view.Reviews, view.UnplacedClients })));

    /// <summary>
    /// A rule flipping with time (a new day, a KK starting) is published by a pass then, not at the
    /// next reminder; a second's margin lets the clock be past it. Farther off, the reminder does it.
    /// </summary>
    private void PlanWhenTimeChangesTheView()
    {
        var wait = viewValidUntil - Now;
        if (wait > TimeSpan.Zero && wait < options.Value.PlanningPeriod)
        {
            RequestPass(wait + TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// Nothing may depend on a one-way notice that a crash lost: every KK still counted as open is
    /// asked where it stands, and once a KK has ended, the clients on its agenda are asked for
    /// their facts, once. KK decisions are what start and restart review clocks (RV1), so a
    /// placement is never missed even if the client's own notice was.
    /// </summary>
    private async Task ReconcileAsync()
    {
        foreach (var known in state.State.Conferences.Values.Where(c => c.IsOpen).ToList())
        {
            await Attempt("asking a KK where it stands", known.ConferenceId, async () =>
                state.State.Conferences[known.ConferenceId] =
                    await GrainFactory.GetGrain<IConferenceGrain>(known.ConferenceId).Slot(PantiId));
        }

        var reconciled = state.State.ReconciledConferences;
        foreach (var ended in state.State.Conferences.Values.Where(c => !c.IsOpen
            && !reconciled.Contains(c.ConferenceId)).ToList())
        {
            foreach (var clientId in ended.AgendaClientIds)
            {
                await Attempt("reading a client's facts", clientId, async () =>
                    Remember(await GrainFactory.GetGrain<IClientGrain>(clientId).Facts(PantiId)));
            }

            reconciled.Add(ended.ConferenceId);
        }
    }

    /// <summary>KK5: the next occurrences of the fixed schedule exist as planned regular KKs.</summary>
    private async Task PlanRegularConferences(PantiSettings settings)
    {
        if (settings.Schedule is null)
        {
            return;
        }

        IReadOnlyList<DateTimeOffset> starts = [];
        await Attempt("reading the fixed schedule", settings.Schedule, () =>
            Task.FromResult(starts = settings.Schedule.NextOccurrences(Now, settings.TimeZone(),
                options.Value.RegularConferencesAhead)));
        foreach (var start in starts)
        {
            var exists = state.State.Conferences.Values.Any(c => c.Kind == ConferenceKind.Regular && c.Start == start);
            if (!exists)
            {
                await Attempt("planning a regular KK", start, () => PlanScheduledAsync(start));
            }
        }
    }

    /// <summary>
    /// KK5 and finding 2: the occurrence's KK under the first of its derived ids that is free or
    /// already this panti's own; an id held by anything else (refused as "not found") is passed over.
    /// </summary>
    private async Task PlanScheduledAsync(DateTimeOffset start)
    {
        for (var attempt = 0; ; attempt++)
        {
            var id = ScheduledConferenceId.For(PantiId, start, attempt);
            try
            {
                var planned = await GrainFactory.GetGrain<IConferenceGrain>(id).PlanScheduled(PantiId, start);
                state.State.Conferences[id] = planned.Conference.ToSlot();
                return;
            }
            catch (RefusedException e) when (e.Kind == RefusalKind.NotFound
                && attempt < ScheduledConferenceId.Attempts - 1)
            {
                logger.LogWarning("Regular KK id {Id} of panti {PantiId} is held by something else; trying the next",
                    id, PantiId);
            }
        }
    }

    /// <summary>RV2: a client due soon or overdue and on no open agenda goes to the next regular KK in time.</summary>
    private async Task PlaceDueReviews(PantiSettings settings)
    {
        var plan = ReviewPlanner.Plan(Dues(settings.TimeZone()), state.State.Conferences.Values, settings, Now);
        foreach (var placement in plan.Placements)
        {
            await Attempt("placing a due review", placement, async () =>
            {
                if (await GrainFactory.GetGrain<IConferenceGrain>(placement.ConferenceId)
                    .ScheduleReview(PantiId, placement.ClientId))
                {
                    AddToKnownAgenda(placement.ConferenceId, placement.ClientId);
                }
            });
        }
    }

    /// <summary>
    /// FM5: a force majeure in force goes onto the next KK that has not opened yet; FM3: a rejected one too.
    /// </summary>
    private async Task PlaceForceMajeures()
    {
        foreach (var (forceMajeureId, clientId) in state.State.ForceMajeuresAwaitingAgenda.ToList())
        {
            var next = ConferenceSlot.NextNotYetOpened(state.State.Conferences.Values, Now);
            if (next is null)
            {
                return;
            }

            await Attempt("placing a force majeure", forceMajeureId, async () =>
            {
                var forDiscussion = state.State.ForceMajeuresForDiscussion.Contains(forceMajeureId);
                if (await GrainFactory.GetGrain<IConferenceGrain>(next.ConferenceId).ScheduleForceMajeure(PantiId,
                    forceMajeureId, clientId, forDiscussion))
                {
                    await GrainFactory.GetGrain<IForceMajeureGrain>(forceMajeureId)
                        .ScheduledOn(PantiId, next.ConferenceId);
                    state.State.ForceMajeuresAwaitingAgenda.Remove(forceMajeureId);
                    state.State.ForceMajeuresForDiscussion.Remove(forceMajeureId);
                    AddToKnownAgenda(next.ConferenceId, clientId);
                }
                else
                {
                    // The KK can no longer take items (it opened meanwhile); its change notice is on its way.
                    state.State.Conferences[next.ConferenceId] = next with { State = ConferenceState.InSession };
                }
            });
        }
    }

    /// <summary>
    /// Finding 1: one thing the planner cannot handle (a stored value it cannot compute with, a KK or
    /// client that refuses) is logged and skipped, and the pass goes on with the rest. A lost state
    /// write is not skipped: the pass as a whole must be retried.
    /// </summary>
    private async Task Attempt(string what, object? item, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not Orleans.Storage.InconsistentStateException)
        {
            logger.LogWarning(e, "Planning for panti {PantiId} skipped {What} ({Item})", PantiId, what, item);
        }
    }

    private void AddToKnownAgenda(Guid conferenceId, Guid clientId)
    {
        if (state.State.Conferences.TryGetValue(conferenceId, out var slot) && !slot.AgendaClientIds.Contains(clientId))
        {
            state.State.Conferences[conferenceId] = slot with { AgendaClientIds = [.. slot.AgendaClientIds, clientId] };
        }
    }

    private void ForgetEndedConferences()
    {
        foreach (
            var ended in state.State.Conferences.Values.Where(c => !c.IsOpen && c.Start < Now - KeepEnded).ToList())
        {
            state.State.Conferences.Remove(ended.ConferenceId);
            state.State.ReconciledConferences.Remove(ended.ConferenceId);
        }
    }
}
