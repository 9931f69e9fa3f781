using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Features.Reviews;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mediator;

namespace CaseConference.Gateway.Features.Calendar;

/// <summary>
/// A staff member's private iCalendar feed: the KKs they take part in (held and cancelled ones
/// too, so a calendar app updates the event instead of losing it) and the review due dates of the
/// clients they are responsible for. The token in the URL is the only credential (calendar apps
/// cannot sign in), so it is revocable and grants nothing but this feed. <paramref name="SiteUrl"/>
/// is where the web app is reached, for each event's link back to its KK.
/// </summary>
public sealed record CalendarFeed(string Token, string SiteUrl) : IRequest<string>;

public sealed class CalendarFeedHandler(IClusterClient cluster, ScheduleViews views, TimeProvider clock)
    : IRequestHandler<CalendarFeed, string>
{
    /// <summary>
    /// How often calendar apps are asked to fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    /// </summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromHours(1);

    /// <summary>Ended KKs older than this leave the feed, so it does not grow with the panti's history.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(180);

    private static readonly TimeSpan KkLength = TimeSpan.FromHours(2);

    public async ValueTask<string> Handle(CalendarFeed request, CancellationToken cancellationToken)
    {
        var account = AccountNames.TrySplitToken(request.Token, out var named, out var secret)
            && await Auth.AccountTokens.Resolve(cluster, named) is { } key
                ? (await cluster.Account(key).Authenticate(TokenPurpose.Calendar, secret))?.Account
                : null;
        if (account is null)
        {
            throw DomainException.NotFound("calendar_not_found", "No such calendar.");
        }

        var caller = new Caller(account.PantiId, account.StaffId);
        var text = CalendarText.For(account.Language);
        var zone = (await cluster.GetGrain<IPantiGrain>(caller.PantiId).Settings()).TimeZoneId;
        var now = clock.GetUtcNow();
        var calendar = new Ical.Net.Calendar { ProductId = "-//CaseConference//KK calendar//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", text.CalendarName);
        calendar.AddProperty("X-WR-TIMEZONE", zone);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT1H");
        refresh.AddParameter("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        calendar.AddTimeZone(zone);

        foreach (var kk in await ConferencesOf(caller, now))
        {
            calendar.Events.Add(EventOf(kk, caller.StaffId, zone, text, request.SiteUrl, now));
        }

        var view = (await views.ReadAsync(caller)).View;
        foreach (var review in view.Reviews)
        {
            var facts = await FactsOrNull(caller.PantiId, review.ClientId);
            if (facts is not null && facts.ResponsiblePeksosId == caller.StaffId)
            {
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"review-{review.ClientId}-{review.DueOn:yyyyMMdd}@caseconference",
                    Summary = $"{text.ReviewDue}: {facts.Name}",
                    DtStart = new CalDateTime(review.DueOn),
                    DtStamp = new CalDateTime(now.UtcDateTime),
                    Url = new Uri($"{request.SiteUrl}/klien/{review.ClientId}"),
                });
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// The KKs one takes part in from the panti's register; the one who planned or requested an
    /// open KK before inviting anyone follows it too (asked of the KK only then).
    /// </summary>
    private async Task<List<ConferenceListing>> ConferencesOf(Caller caller, DateTimeOffset now)
    {
        var listings = await cluster.GetGrain<IConferenceRegisterGrain>(caller.PantiId).List(caller);
        var mine = new List<ConferenceListing>();
        foreach (var kk in listings.Where(k => k.Start > now - History))
        {
            var open = kk.State is ConferenceState.Planned or ConferenceState.InSession;
            if (kk.Participants.Any(p => p.StaffId == caller.StaffId)
                || (open && await cluster.GetGrain<IConferenceGrain>(kk.Id).IsFollower(caller.PantiId, caller.StaffId)))
            {
                mine.Add(kk);
            }
        }

        return mine;
    }

    /// <summary>
    /// SEQUENCE is the KK's event number when its listing last changed and LAST-MODIFIED when that
    /// was, so both only grow. The description names no client: the feed leaves the product (CL6).
    /// </summary>
    private static CalendarEvent EventOf(ConferenceListing kk, Guid staffId, string zone, CalendarText text,
        string siteUrl, DateTimeOffset now)
    {
        var title = kk.Kind == ConferenceKind.Urgent ? text.UrgentKk : text.RegularKk;
        var lines = new List<string> { text.StateOf(kk.State) };
        if (kk.AwaitingApproval)
        {
            lines[0] += $", {text.AwaitingApproval}";
        }

        if (kk.Participants.FirstOrDefault(p => p.StaffId == staffId) is { } me)
        {
            lines.Add(text.YourCapacity(me.Capacity));
        }

        var clients = kk.Agenda.Select(a => a.ClientId).Distinct().Count();
        if (clients > 0)
        {
            lines.Add(text.AgendaItems(clients));
        }

        var url = $"{siteUrl}/kk/{kk.Id}";
        lines.Add($"{text.Open}: {url}");
        var start = TimeZoneInfo.ConvertTime(kk.Start, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime;
        var e = new CalendarEvent
        {
            Uid = $"kk-{kk.Id}@caseconference",
            Summary = kk.State == ConferenceState.Cancelled ? $"{text.Cancelled}: {title}" : title,
            Description = string.Join("\n", lines),
            DtStart = new CalDateTime(start, zone),
            DtEnd = new CalDateTime(start + KkLength, zone),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Sequence = (int)Math.Min(kk.Version, int.MaxValue),
            Status = kk.State == ConferenceState.Cancelled ? EventStatus.Cancelled
                : kk.AwaitingApproval ? EventStatus.Tentative
                : EventStatus.Confirmed,
            Url = new Uri(url),
        };
        if (kk.ChangedAt is { } changed)
        {
            e.LastModified = new CalDateTime(changed.UtcDateTime);
        }

        return e;
    }

    /// <summary>
    /// A client the schedule knows but nobody can read (gone, or not this panti's) is left out; it does not break the
    /// feed.
    /// </summary>
    private async Task<ClientFacts?> FactsOrNull(Guid pantiId, Guid clientId)
    {
        try
        {
            return await cluster.GetGrain<IClientGrain>(clientId).Facts(pantiId);
        }
        catch (RefusedException e) when (e.Kind == RefusalKind.NotFound)
        {
            return null;
        }
    }
}
