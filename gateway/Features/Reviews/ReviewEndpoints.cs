using CaseConference.Contracts;
using CaseConference.Contracts.Reviews;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Reviews;

/// <summary>/api/v1/review-schedule: RV4, live over /hubs/schedule (LV2).</summary>
public static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/review-schedule", async (HttpContext http, ISender sender) =>
        {
            var schedule = await sender.Send(new GetReviewSchedule(http.User.Caller()));
            http.Response.Headers.ETag = ETags.ForVersion(schedule.View.Version);
            return new SerializedJson<ScheduleView>(schedule.Json);
        }).WithTags("Review schedule").WithName("GetReviewSchedule")
            .WithSummary("RV4: reviews by due date and upcoming KKs in one ordered list").QueryProblems().SendsETag();

        api.MapGet("/review-schedule.csv",
            async (string? status, Guid? peksosId, string? search, HttpContext http, ISender sender) =>
        {
            var file = await sender.Send(new ExportReviewSchedule(http.User.Caller(),
                new ScheduleQuery(status, peksosId, search)));
            return TypedResults.File(file.Csv, "text/csv; charset=utf-8", file.Name);
        }).WithTags("Review schedule").WithName("ExportReviewSchedule")
            .WithSummary(
                "The review schedule as CSV for the Dinas Sosial (UTF-8 with BOM, Indonesian headers), one row per client review: "
                + "?status= (Ok, DueSoon, Overdue, OnAgenda), ?peksosId=, ?search= (name or register number); only the clients whose case record "
                + "the caller reads (CL6), and each export is written to the audit log")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").QueryProblems().Problems(422);
    }
}
