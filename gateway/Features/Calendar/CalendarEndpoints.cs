using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Calendar;

/// <summary>/api/v1/calendar/{token}.ics: subscribe from any calendar application.</summary>
public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/calendar/{token}.ics", async (string token, HttpContext http, ISender sender) =>
            TypedResults.Text(await sender.Send(new CalendarFeed(token, SiteUrl(http.Request))),
                "text/calendar; charset=utf-8"))
            .AllowAnonymous().WithTags("Calendar")
            .WithName("CalendarFeed")
            .WithSummary("A staff member's private iCalendar feed (token from POST /api/v1/auth/calendar-token)")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar").Problems(404);

    /// <summary>Where this request reached the web app: events link back to their KK there.</summary>
    private static string SiteUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
