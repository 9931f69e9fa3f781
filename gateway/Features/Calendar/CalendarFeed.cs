using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain;
using CaseConference.Domain.Reviews;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mediator;

namespace CaseConference.Gateway.Features.Calendar;

/// <summary>
/// A staff member's private iCalendar feed: the KKs they take part in and the review due dates of
/// the clients they are responsible for. The token in the URL is the only credential (calendar
/// apps cannot sign in), so it is revocable and grants nothing but this feed.
/// </summary>
public sealed record CalendarFeed(string Token) : IRequest<string>;

public sealed class CalendarFeedHandler(IClusterClient cluster) : IRequestHandler<CalendarFeed, string>
{
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
        var view = await cluster.GetGrain<IReviewScheduleGrain>(caller.PantiId).View(caller);
        var calendar = new Ical.Net.Calendar { ProductId = "-//CaseConference//KK calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", "CaseConference");

        foreach (var kk in view.Entries.Where(e => e.Kind == ScheduleEntryKind.Conference))
        {
            if (await cluster.GetGrain<IConferenceGrain>(kk.Id).IsFollower(caller.PantiId, caller.StaffId))
            {
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"kk-{kk.Id}@caseconference",
                    Summary = kk.ConferenceKind == Domain.Conferences.ConferenceKind.Urgent ? "KK (urgent)" : "Konferensi Kasus",
                    DtStart = new CalDateTime(kk.SortKey.UtcDateTime),
                    DtEnd = new CalDateTime(kk.SortKey.Plus(TimeSpan.FromHours(2)).UtcDateTime),
                });
            }
        }

        foreach (var review in view.Reviews)
        {
            var facts = await FactsOrNull(caller.PantiId, review.ClientId);
            if (facts is not null && facts.ResponsiblePeksosId == caller.StaffId)
            {
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"review-{review.ClientId}-{review.DueOn:yyyyMMdd}@caseconference",
                    Summary = $"Quarterly review due: {facts.Name}",
                    DtStart = new CalDateTime(review.DueOn),
                });
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>A client the schedule knows but nobody can read (gone, or not this panti's) is left out; it does not break the feed.</summary>
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
