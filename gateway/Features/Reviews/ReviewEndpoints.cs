using CaseConference.Contracts;
using CaseConference.Contracts.Reviews;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Reviews;

/// <summary>/api/v1/review-schedule: RV4, live over /hubs/schedule (LV2).</summary>
public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/review-schedule", async (HttpContext http, ISender sender) =>
        {
            var schedule = await sender.Send(new GetReviewSchedule(http.User.Caller()));
            http.Response.Headers.ETag = ETags.ForVersion(schedule.View.Version);
            return new SerializedJson<ScheduleView>(schedule.Json);
        }).WithTags("Review schedule").WithName("GetReviewSchedule").WithSummary("RV4: reviews by due date and upcoming KKs in one ordered list").QueryProblems().SendsETag();
}
