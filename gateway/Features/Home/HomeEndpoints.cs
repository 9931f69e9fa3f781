using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Home;

/// <summary>/api/v1/my-tasks: what the signed-in person must do now (Beranda).</summary>
public static class HomeEndpoints
{
    public static void MapHomeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/my-tasks", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new GetMyTasks(http.User.Caller()))))
            .WithTags("Beranda").WithName("GetMyTasks")
            .WithSummary("KK1/KK4/KK6/KK11: the caller's tasks around KKs, soonest deadline first").QueryProblems();
    }
}
