using CaseConference.Gateway.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>/api/v1/panti: the caller's own panti, its staff, core team and settings.</summary>
public static class PantiEndpoints
{
    public static void MapPantiEndpoints(this RouteGroupBuilder api)
    {
        var panti = api.MapGroup("/panti").WithTags("Panti and staff");

        panti.MapGet("/", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new GetPanti(http.User.Caller()))))
            .WithName("GetPanti")
            .WithSummary("The caller's panti: staff directory, core team, settings").QueryProblems();

        panti.MapPost("/staff", async (RegisterStaff.Body body, HttpContext http, ISender sender) =>
        {
            var member = await sender.Send(new RegisterStaff(http.User.Caller(), body.Id ?? Guid.NewGuid(),
                body.Name, body.Roles));
            return TypedResults.Created($"/api/v1/panti/staff/{member.Id}", member);
        }).WithName("RegisterStaff").WithSummary("PE1: register a staff member (pimpinan)").CommandProblems();

        panti.MapPut("/staff/{staffId:guid}/roles",
            async (Guid staffId, ChangeRoles.Body body, HttpContext http, ISender sender) =>
        {
            await sender.Send(new ChangeRoles(http.User.Caller(), staffId, body.Roles));
            return TypedResults.NoContent();
        }).WithName("ChangeRoles").WithSummary("PE1: change a staff member's roles (pimpinan)").CommandProblems();

        panti.MapPost("/core-team", async (AppointCoreMember.Body body, HttpContext http, ISender sender) =>
        {
            await sender.Send(new AppointCoreMember(http.User.Caller(), body.StaffId, body.Discipline));
            return TypedResults.NoContent();
        }).WithName("AppointCoreMember")
            .WithSummary("PE2: appoint a core member for a discipline (pimpinan)").CommandProblems();

        panti.MapDelete("/core-team/{staffId:guid}", async (Guid staffId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DismissCoreMember(http.User.Caller(), staffId));
            return TypedResults.NoContent();
        }).WithName("DismissCoreMember")
            .WithSummary("PE2: dismiss a core member (pimpinan; refused if the team would break)").CommandProblems();

        panti.MapPut("/force-majeure-proposers/{staffId:guid}",
            async (Guid staffId, DesignateProposer.Body body, HttpContext http, ISender sender) =>
        {
            await sender.Send(new DesignateProposer(http.User.Caller(), staffId, body.Designated));
            return TypedResults.NoContent();
        }).WithName("DesignateProposer")
            .WithSummary("FM1: designate a staff member to propose force majeure (pimpinan)").CommandProblems();

        panti.MapGet("/settings", async (HttpContext http, ISender sender) =>
        {
            var result = await sender.Send(new GetSettings(http.User.Caller()));
            http.Response.Headers.ETag = result.ETag;
            return TypedResults.Ok(result.Settings);
        }).WithName("GetSettings").WithSummary("TN2/KK5: time zone, policy and fixed KK schedule, with an ETag")
            .QueryProblems().SendsETag();

        panti.MapPut("/settings", async (ChangeSettings.Body body, [FromHeader(Name = "If-Match")] string? ifMatch,
            HttpContext http, ISender sender) =>
        {
            var result = await sender.Send(new ChangeSettings(http.User.Caller(), ifMatch, body.TimeZoneId,
                body.Policy, body.Schedule));
            http.Response.Headers.ETag = result.ETag;
            return TypedResults.Ok(result.Settings);
        }).WithName("ChangeSettings")
            .WithSummary("TN2/KK5: change settings (pimpinan); needs If-Match").CommandProblems()
            .ReadsIfMatch(required: true).SendsETag();

        panti.MapGet("/seal-chain", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new SealChain(http.User.Caller()))))
            .WithName("SealChain").WithSummary("KK10: the chain of sealed KKs").QueryProblems();
    }
}
