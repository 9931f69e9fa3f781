using CaseConference.Contracts;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Notifications;
using Orleans.Runtime;
using Shouldly;

namespace CaseConference.Cluster.Tests.Notifications;

/// <summary>
/// Issue 10: what a KK tells people (KK1, KK4, KK6, KK11), each kind to exactly its people, each
/// cleared when its thing is done, the time-driven ones by the KK's reminder.
/// </summary>
public sealed class ConferenceNotificationTests : IAsyncLifetime
{
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task
        Issue10_KK_approval_invitations_summaries_and_acknowledgements_reach_exactly_their_people_and_clear_when_done()
    {
        var p = await world.FoundPantiAsync("Panti Notifikasi", withSchedule: false);
        var kk = p.Conference(Guid.NewGuid());
        var id = kk.GetPrimaryKey();
        bool Of(Notification n, NotificationKind kind) => n.Kind == kind && n.Target.ConferenceId == id;

        // KK6: the urgent KK waits for the pimpinan's approval, and only the pimpinan is told.
        await kk.RequestUrgent(p.Peksos, world.Now.AddDays(3), "Klien kabur semalam.");
        await world.ExactlyAsync(p, p.Everyone(), [p.PimpinanId], n => Of(n, NotificationKind.UrgentKkToApprove),
            "the approval to give");
        await kk.ApproveUrgent(p.Pimpinan, IfMatch.None, waivePreCirculation: false);
        await world.ExactlyAsync(p, p.Everyone(), [], n => Of(n, NotificationKind.UrgentKkToApprove),
            "the approval cleared");

        // KK1: each person invited, nobody else.
        Guid[] invited = [p.PimpinanId, p.SekretarisId, p.PeksosId, p.PsikologId, p.MedisId, p.StafId];
        await kk.Invite(p.Sekretaris, IfMatch.None, p.PimpinanId, Capacity.PersonInCharge);
        await kk.Invite(p.Sekretaris, IfMatch.None, p.SekretarisId, Capacity.Secretary);
        foreach (var member in new[] { p.PeksosId, p.PsikologId, p.MedisId })
        {
            await kk.Invite(p.Sekretaris, IfMatch.None, member, Capacity.Organiser);
        }

        await kk.Invite(p.Sekretaris, IfMatch.None, p.StafId, Capacity.InvitedStaff);
        await world.ExactlyAsync(p, p.Everyone(), invited,
            n => Of(n, NotificationKind.KkInvitation) && n.Target.Route == $"/kk/{id}", "the invitation");

        // KK4: the responsible peksos writes the summary; the recipients acknowledge it.
        var client = await p.NewClientAwaitingPlacementAsync();
        var item = (await kk.AddAgendaItem(p.Sekretaris, IfMatch.None, client, AgendaPurpose.Placement, null)).Value;
        await world.ExactlyAsync(p, p.Everyone(), [p.PeksosId],
            n => Of(n, NotificationKind.CaseSummaryToWrite) && n.Target.AgendaItemId == item
                && n.Target.ClientId == client, "the summary to write");
        await kk.SubmitCaseSummary(p.Peksos, IfMatch.None, item, "Ringkasan kasus.");
        var recipients = (await p.KkAsync(id)).SummaryRecipients((await p.KkAsync(id)).FindItem(item)).ToList();
        recipients.ShouldNotBeEmpty();
        await world.ExactlyAsync(p, p.Everyone(), recipients, n => Of(n, NotificationKind.CaseSummaryToAcknowledge)
            && n.Target.AgendaItemId == item, "the summary to acknowledge");
        await world.ExactlyAsync(p, p.Everyone(), [], n => Of(n, NotificationKind.CaseSummaryToWrite),
            "the written summary cleared");
        await kk.AcknowledgeCaseSummary(p.As(recipients[0]), IfMatch.None, item);
        await world.ExactlyAsync(p, p.Everyone(), recipients.Skip(1).ToList(),
            n => Of(n, NotificationKind.CaseSummaryToAcknowledge), "one acknowledgement cleared");

        // KK7: a cancelled KK leaves nothing to do for anyone.
        await kk.Cancel(p.Pimpinan, IfMatch.None, "Ketua berhalangan.");
        await world.ExactlyAsync(p, p.Everyone(), [], n => n.Target.ConferenceId == id,
            "everything of the cancelled KK cleared");
    }

    [Fact]
    public async Task Issue10_a_summary_still_missing_at_its_24_hour_deadline_is_told_again_by_the_KKs_stored_reminder()
    {
        var p = await world.FoundPantiAsync("Panti Pengingat", withSchedule: false);
        var start = world.Now.AddDays(3);
        var id = await p.PlanUrgentAsync(start, "Klien sakit.", waivePreCirculation: false);
        var client = await p.NewClientAwaitingPlacementAsync();
        var item = (await p.Conference(id).AddAgendaItem(p.Sekretaris, IfMatch.None, client, AgendaPurpose.Placement,
            null)).Value;
        await world.UntilAsync(p, p.PeksosId, open => open.Any(n => n.Kind == NotificationKind.CaseSummaryToWrite
            && n.Target.AgendaItemId == item), "the summary to write");
        (await world.OpenAsync(p, p.PeksosId)).ShouldNotContain(n => n.Kind == NotificationKind.CaseSummaryMissing);
        (await world.Cluster.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_reminder WHERE reminder_name = 'notifications'")).ShouldBeGreaterThan(0);

        world.AdvanceTo(start.AddHours(-23));
        await FireReminderAsync(id);
        var open = await world.UntilAsync(p, p.PeksosId, o => o.Any(n => n.Kind == NotificationKind.CaseSummaryMissing),
            "the missing summary told again");
        open.Single(n => n.Kind == NotificationKind.CaseSummaryMissing)
            .Target.ShouldBe(new NotificationTarget(id, item, client));
        open.ShouldContain(n =>
            n.Kind == NotificationKind.CaseSummaryToWrite, "the first notice stays until the summary is written");
        await world.ExactlyAsync(p, p.Everyone(), [p.PeksosId], n => n.Kind == NotificationKind.CaseSummaryMissing,
            "the missing summary");

        await FireReminderAsync(id);
        (await world.Inbox(p, p.PeksosId).Page(p.Peksos, includeCleared: true, 0, 100)).Items
            .Count(n => n.Kind == NotificationKind.CaseSummaryMissing).ShouldBe(1,
                "a reminder that fires again sends nothing twice");

        await p.Conference(id).SubmitCaseSummary(p.Peksos, IfMatch.None, item, "Ringkasan, terlambat.");
        await world.ExactlyAsync(p, p.Everyone(), [],
            n => n.Kind is NotificationKind.CaseSummaryMissing or NotificationKind.CaseSummaryToWrite,
            "both cleared once written");
    }

    [Fact]
    public async Task Issue10_a_post_KK_summary_is_due_after_closing_late_after_its_due_day_and_cleared_once_filed()
    {
        var p = await world.FoundPantiAsync("Panti Ringkasan");
        var client = await p.NewClientAwaitingPlacementAsync();
        var kk = await p.PlaceAsync(client);
        bool Due(Notification n) =>
            n.Kind == NotificationKind.PostKkSummaryDue && n.Target.ConferenceId == kk && n.Target.ClientId == client;
        await world.ExactlyAsync(p, p.Everyone(), [p.PeksosId], Due, "the post-KK summary due");
        await world.ExactlyAsync(p, p.Everyone(), [], n => n.Kind == NotificationKind.KkInvitation
            && n.Target.ConferenceId == kk, "invitations to the held KK cleared");

        world.AdvanceTo(world.Now.AddDays(10));
        await FireReminderAsync(kk);
        await world.ExactlyAsync(p, p.Everyone(), [p.PeksosId], n => n.Kind == NotificationKind.PostKkSummaryLate
            && n.Target.ClientId == client, "the late post-KK summary");

        await p.Conference(kk).FileSummary(p.Peksos, IfMatch.None, client, "Klien ditempatkan di program las.");
        await world.ExactlyAsync(p, p.Everyone(), [], n => n.Target.ConferenceId == kk, "both cleared once filed");
    }

    /// <summary>The KK's reminder tick, as the reminder service delivers it.</summary>
    private Task FireReminderAsync(Guid conferenceId) =>
        world.Client.GetGrain<IRemindable>(KkGrainId(conferenceId)).ReceiveReminder("notifications", default);

    private GrainId KkGrainId(Guid conferenceId) =>
        world.Client.GetGrain<Contracts.Conferences.IConferenceGrain>(conferenceId).GetGrainId();
}
