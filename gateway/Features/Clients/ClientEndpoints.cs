using CaseConference.Domain.Clients;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>/api/v1/clients: case records (CL1-CL6) and the formulation (CL3, FM4).</summary>
public static class ClientEndpoints
{
    public static void MapClientEndpoints(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients and formulation");

        clients.MapGet("/",
            async (string? search, string? stage, Guid? peksosId, string? review, string? sort, string? order,
            int? offset, int? limit, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListClients(
                http.User.Caller(), new ClientQuery(search, stage, peksosId, review, sort, order), offset ?? 0,
                    limit ?? ListClients.DefaultLimit))))
            .WithName("ListClients")
            .WithSummary(
                "The panti's clients: ?search= (name or register number), ?stage=, ?peksosId=, ?review= (Ok, DueSoon, Overdue, "
                + "NotScheduled), ?sort= (Name, RegisterNumber, Stage, ReviewDue) and ?order= (asc, desc); a page from ?offset= of ?limit= "
                + "(default 50, at most 200) with the total that matched").QueryProblems().Problems(422);

        clients.MapGet("/export.csv",
            async (string? search, string? stage, Guid? peksosId, string? review, string? sort, string? order,
            HttpContext http, ISender sender) =>
        {
            var csv = await sender.Send(new ExportClients(http.User.Caller(),
                new ClientQuery(search, stage, peksosId, review, sort, order)));
            http.Response.Headers.ContentDisposition =
                $"attachment; filename=\"klien-{DateTime.UtcNow:yyyy-MM-dd}.csv\"";
            return TypedResults.Text(csv, "text/csv; charset=utf-8");
        }).WithName("ExportClients")
            .WithSummary(
                "The client list as CSV for the Dinas Sosial (UTF-8 with BOM, ';' between fields, Indonesian headers): the list's "
                + "?search=, ?stage=, ?peksosId=, ?review=, ?sort=, ?order=, every matching row whose case record the caller reads (CL6); audited")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").QueryProblems().Problems(422);

        clients.MapPost("/", async (OpenClient.Body body, HttpContext http, ISender sender) =>
        {
            var opened = await sender.Send(new OpenClient(http.User.Caller(), body.Id ?? IdempotencyKeys.NewId(http),
                body.Name, body.Where));
            return TypedResults.Created($"/api/v1/clients/{opened.Id}", opened);
        }).WithName("OpenClient").WithSummary("CL1: open a case for a person reached by outreach")
            .CommandProblems().Idempotent();

        clients.MapGet("/{clientId:guid}", async (Guid clientId, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ReadCaseRecord(http.User.Caller(), clientId))))
            .WithName("ReadCaseRecord")
            .WithSummary("CL6: read the case record (entitled readers only; audited)").QueryProblems();

        clients.MapGet("/{clientId:guid}/formulation", async (Guid clientId, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new GetFormulation(http.User.Caller(), clientId))))
            .WithName("GetFormulation")
            .WithSummary("CL3/FM4: effective formulation and its versions (audited)").QueryProblems();

        clients.MapGet("/{clientId:guid}/conferences", async (Guid clientId, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListClientConferences(http.User.Caller(), clientId))))
            .WithName("ListClientConferences").WithSummary(
                "CL6: the KKs with the client on their agenda, newest first (entitled readers only; audited)")
            .QueryProblems();

        clients.MapPut("/{clientId:guid}/registration",
            async (Guid clientId, Registration body, HttpContext http, ISender sender) =>
        {
            await sender.Send(new RegisterClient(http.User.Caller(), clientId, body));
            return TypedResults.NoContent();
        }).WithName("RegisterClient").WithSummary("CL1: register a definitive candidate in the buku induk")
            .CommandProblems().Idempotent();

        clients.MapPatch("/{clientId:guid}/registration",
            async (Guid clientId, RegistrationCorrection body, HttpContext http, ISender sender) =>
        {
            await sender.Send(new CorrectRegistration(http.User.Caller(), clientId, body));
            return TypedResults.NoContent();
        }).WithName("CorrectRegistration")
            .WithSummary(
                "CL1: correct fields of the buku induk entry (those sent); each change is recorded in the chronology")
                .CommandProblems().Idempotent();

        clients.MapPut("/{clientId:guid}/peksos",
            async (Guid clientId, AssignPeksos.Body body, HttpContext http, ISender sender) =>
        {
            await sender.Send(new AssignPeksos(http.User.Caller(), clientId, body.PeksosId));
            return TypedResults.NoContent();
        }).WithName("AssignPeksos").WithSummary("Assign the responsible peksos (pimpinan or core member)")
            .CommandProblems().Idempotent();

        clients.MapPost("/{clientId:guid}/stage",
            async (Guid clientId, MoveStage.Body body, HttpContext http, ISender sender) =>
        {
            await sender.Send(new MoveStage(http.User.Caller(), clientId, body.To, body.Why, body.Reason));
            return TypedResults.NoContent();
        }).WithName("MoveStage").WithSummary("CL1/CL5: record a stage transition staff may make")
            .CommandProblems().Idempotent();
    }
}
