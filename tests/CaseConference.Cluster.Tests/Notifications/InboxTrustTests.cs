using CaseConference.Contracts;
using CaseConference.Contracts.Notifications;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Notifications;
using Shouldly;

namespace CaseConference.Cluster.Tests.Notifications;

/// <summary>
/// Issue 10: force majeure notifications (FM2, FM6, FM7), nothing to another panti (TN1) or to
/// someone without CL6 access to the client named, and inboxes that survive a silo's death
/// without sending anything twice.
/// </summary>
public sealed class InboxTrustTests : IAsyncLifetime
{
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync(silos: 2);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task
        Issue10_a_force_majeure_asks_each_core_member_for_consent_then_the_pimpinan_to_ratify_and_says_when_that_is_overdue()
    {
        var p = await world.FoundPantiAsync("Panti Darurat");
        var other = await world.FoundPantiAsync("Panti Lain");
        var client = await p.NewClientAwaitingPlacementAsync();
        await p.PlaceAsync(client);
        var fm = p.ForceMajeure(Guid.NewGuid());
        var id = fm.GetPrimaryKey();
        bool Of(Notification n, NotificationKind kind) =>
            n.Kind == kind && n.Target.ForceMajeureId == id && n.Target.Route == $"/fm/{id}";
        Guid[] core = [p.PeksosId, p.Peksos2Id, p.PsikologId, p.MedisId];

        await fm.Propose(p.Peksos2, client, 1, ForceMajeureKind.Postpone, null, "Klien dirawat di rumah sakit.");
        await world.ExactlyAsync(p, p.Everyone(), core, n => Of(n, NotificationKind.ForceMajeureConsent),
            "consent asked of each core member");
        await fm.Consent(p.Peksos, "Keselamatan klien.");
        await world.ExactlyAsync(p, p.Everyone(), [p.Peksos2Id, p.PsikologId, p.MedisId],
            n => Of(n, NotificationKind.ForceMajeureConsent), "a consent given clears it");
        await fm.Consent(p.Psikolog, "Tidak mengganggu proses.");
        (await fm.Consent(p.Medis, "Secara medis aman.")).State.ShouldBe(ForceMajeureState.InForce);
        await world.ExactlyAsync(p, p.Everyone(), [], n => Of(n, NotificationKind.ForceMajeureConsent),
            "in force: nobody is asked any more");
        await world.ExactlyAsync(p, p.Everyone(), [p.PimpinanId], n => Of(n, NotificationKind.ForceMajeureToRatify),
            "ratification awaited");

        // FM7: the KK carrying it closed without deciding.
        var placed = await Poll.Until(() => fm.View(p.Pimpinan), f => f.AgendaConferenceId is not null, Inboxes.Timeout,
            "FM5: placed on the next KK");
        await fm.CarryOver(p.Id, placed.AgendaConferenceId!.Value, conferenceWasHeld: true);
        await world.ExactlyAsync(p, p.Everyone(), [p.PimpinanId],
            n => Of(n, NotificationKind.ForceMajeureRatificationOverdue), "ratification overdue");
        foreach (var staffId in other.Everyone())
        {
            (await world.OpenAsync(other, staffId)).ShouldNotContain(
                n => n.Target.ForceMajeureId == id || n.Target.ClientId == client
                    || n.Target.ConferenceId == placed.AgendaConferenceId, "TN1: another panti hears nothing of it");
        }
    }

    [Fact]
    public async Task
        Issue10_RV2_RV3_a_review_due_soon_tells_the_responsible_peksos_and_an_overdue_one_the_pimpinan_too()
    {
        var p = await world.FoundPantiAsync("Panti Tinjauan");
        var client = await p.NewClientAwaitingPlacementAsync();
        await p.PlaceAsync(client);
        var due = (await p.Schedule.View(p.Pimpinan)).Reviews.Single(r => r.ClientId == client).DueOn;
        bool Of(Notification n, NotificationKind kind) =>
            n.Kind == kind && n.Target.ClientId == client && n.Target.Route == $"/klien/{client}";

        world.AdvanceTo(new DateTimeOffset(due.AddDays(-5).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7)));
        await p.Schedule.Replan();
        await world.ExactlyAsync(p, p.Everyone(), [p.PeksosId], n => Of(n, NotificationKind.ReviewDueSoon),
            "the review due soon");

        world.AdvanceTo(new DateTimeOffset(due.AddDays(2).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7)));
        await p.Schedule.Replan();
        await world.ExactlyAsync(p, p.Everyone(), [p.PeksosId, p.PimpinanId],
            n => Of(n, NotificationKind.ReviewOverdue), "the overdue review");
        await world.ExactlyAsync(p, p.Everyone(), [], n => Of(n, NotificationKind.ReviewDueSoon),
            "due soon cleared once overdue");
    }

    [Fact]
    public async Task Issue10_an_objection_clears_every_consent_asked()
    {
        var p = await world.FoundPantiAsync("Panti Keberatan");
        var client = await p.NewClientAwaitingPlacementAsync();
        await p.PlaceAsync(client);
        var fm = p.ForceMajeure(Guid.NewGuid());
        await fm.Propose(p.Peksos2, client, 2, ForceMajeureKind.Annul, null, "Pembimbing tidak ada.");
        await world.UntilAsync(p, p.MedisId, o => o.Any(n => n.Kind == NotificationKind.ForceMajeureConsent),
            "consent asked");
        await fm.Object(p.Psikolog, "Perlu dibahas di KK.");
        await world.ExactlyAsync(p, p.Everyone(), [], n => n.Target.ForceMajeureId == fm.GetPrimaryKey(),
            "nothing left to consent to");
    }

    [Fact]
    public async Task
        Issue10_CL6_a_notification_naming_a_client_reaches_nobody_who_may_not_read_it_and_TN1_nobody_of_another_panti()
    {
        var p = await world.FoundPantiAsync("Panti Rahasia", withSchedule: false);
        var other = await world.FoundPantiAsync("Panti Tetangga", withSchedule: false);
        var client = await p.NewClientAwaitingPlacementAsync();
        var spec = (Guid staffId) => new NotificationSpec(staffId, "probe", NotificationKind.ReviewOverdue,
            new NotificationTarget(ClientId: client));

        // The staff member outside the KK and the core team (CL6: no basis) is not told; the responsible peksos is.
        await world.Inbox(p, p.OutsiderId).Sync(p.Id, "test", world.Now, [spec(p.OutsiderId)]);
        await world.Inbox(p, p.PeksosId).Sync(p.Id, "test", world.Now, [spec(p.PeksosId)]);
        await world.UntilAsync(p, p.PeksosId, o => o.Any(n => n.Target.ClientId == client), "the peksos told");
        (await world.OpenAsync(p, p.OutsiderId)).ShouldBeEmpty();

        // TN1: a statement in another panti's name, or a client of another panti, tells nobody.
        await world.Inbox(other, other.PimpinanId).Sync(p.Id, "test", world.Now, [spec(other.PimpinanId)]);
        await world.Inbox(other, other.PeksosId).Sync(other.Id, "test", world.Now, [spec(other.PeksosId)]);
        await world.Inbox(other, other.PimpinanId).Sync(other.Id, "marker", world.Now,
            [new NotificationSpec(other.PimpinanId, "marker", NotificationKind.KkInvitation,
                new NotificationTarget(ConferenceId: Guid.NewGuid()))]);
        var seen = await world.UntilAsync(other, other.PimpinanId, o => o.Count > 0,
            "the marker after the refused statement");
        seen.ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.KkInvitation);
        (await world.OpenAsync(other, other.PeksosId)).ShouldBeEmpty();

        // Only the person reads their inbox; another panti's caller finds nothing.
        var refused = await Should.ThrowAsync<RefusedException>(() => world.Inbox(p, p.PeksosId).Page(other.Pimpinan,
            false, 0, 10));
        refused.Kind.ShouldBe(RefusalKind.NotFound);
        await Should.ThrowAsync<RefusedException>(() => world.Inbox(p, p.PeksosId).Page(p.Pimpinan, false, 0, 10));
    }

    [Fact]
    public async Task Issue10_notifications_survive_a_silo_death_and_are_never_sent_twice()
    {
        var p = await world.FoundPantiAsync("Panti Tahan", withSchedule: false);
        var id = await p.PlanUrgentAsync(world.Now.AddDays(2), "Klien butuh keputusan.");
        var before = await world.UntilAsync(p, p.MedisId,
            o => o.Any(n => n.Kind == NotificationKind.KkInvitation && n.Target.ConferenceId == id), "the invitation");
        var invitation = before.Single(n => n.Kind == NotificationKind.KkInvitation && n.Target.ConferenceId == id);
        await world.Inbox(p, p.MedisId).MarkRead(p.Medis, invitation.Id);

        await world.KillAsync(await world.SiloHostingAsync(world.Inbox(p, p.MedisId)));
        // The KK states its notifications again when it activates or changes; nothing is raised twice.
        await p.Conference(id).Invite(p.Sekretaris, IfMatch.None, p.StafId, Capacity.InvitedStaff);
        await world.UntilAsync(p, p.StafId, o => o.Any(n => n.Kind == NotificationKind.KkInvitation),
            "a change after the death told");
        var all = await Poll.Until(() => world.Inbox(p, p.MedisId).Page(p.Medis, includeCleared: true, 0, 100),
            page => page.Items.Count > 0, Inboxes.Timeout, "the inbox after the death");
        var again = all.Items.ShouldHaveSingleItem();
        again.Id.ShouldBe(invitation.Id);
        again.ReadAt.ShouldNotBeNull("read stays read");
        all.UnreadCount.ShouldBe(0);
    }
}
