using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// /api/v1/conferences: planning, agenda and summaries, attendance, session, minutes, decisions, close.
/// </summary>
public static class ConferenceEndpoints
{
    public static void MapConferenceEndpoints(this RouteGroupBuilder api)
    {
        var kks = api.MapGroup("/conferences").WithTags("Case conferences (KK)");

        kks.MapGet("/", async (string? when, string? status, string? kind, int? offset, int? limit,
            HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListConferences(
                http.User.Caller(), when, status, kind, offset ?? 0, limit ?? ListConferences.DefaultLimit))))
            .WithName("ListConferences")
            .WithSummary(
                "KK5/RV4: upcoming KKs in start order, or past ones (?when=Past) newest first; ?status= (Planned, InSession, "
                + "Closed, Sealed, Cancelled) and ?kind= (Regular, Urgent); a page from ?offset= of ?limit= (default 50, at most 200) "
                + "with the total that matched").QueryProblems().Problems(422);

        kks.MapGet("/occurrences", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new NextOccurrences(http.User.Caller()))))
            .WithName("NextOccurrences")
            .WithSummary("KK5: the next times of the fixed schedule with no KK planned yet").QueryProblems();

        kks.MapPost("/regular",
            async Task<Results<Created<ConferenceSnapshot>, Ok<ConferenceSnapshot>>> (PlanRegular.Body body,
            HttpContext http, ISender sender) =>
        {
            var planned = await sender.Send(new PlanRegular(http.User.Caller(), body.Start));
            if (planned.Created)
            {
                return Created(http, planned.Snapshot);
            }

            SetETag(http, ETags.ForVersion(planned.Snapshot.Version));
            return TypedResults.Ok(planned.Snapshot);
        }).WithName("PlanRegular")
            .WithSummary(
                "KK5: plan the regular KK of a time of the fixed schedule (201), or answer the one already planned there (200)")
            .CommandProblems().SendsETag().Idempotent();

        kks.MapPost("/urgent", async (RequestUrgent.Body body, HttpContext http, ISender sender) =>
            Created(http,
                await sender.Send(new RequestUrgent(http.User.Caller(), body.Id ?? IdempotencyKeys.NewId(http),
                body.Start, body.Reason))))
            .WithName("RequestUrgent")
            .WithSummary("KK6: request an urgent KK with a written reason (core member or pimpinan)")
            .CommandProblems().SendsETag().Idempotent();

        kks.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender) =>
        {
            var snapshot = await sender.Send(new GetConference(http.User.Caller(), id));
            http.Response.Headers.ETag = ETags.ForVersion(snapshot.Version);
            return TypedResults.Ok(snapshot);
        }).WithName("GetConference").WithSummary("LV1: the KK with its version (ETag); participants and the pimpinan")
            .QueryProblems().SendsETag();

        kks.MapGet("/{id:guid}/events", async (Guid id, long? after, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ConferenceEvents(http.User.Caller(), id, after ?? 0))))
            .WithName("ConferenceEvents")
            .WithSummary("LV1: numbered events after a sequence number, to catch up").QueryProblems();

        kks.MapGet("/{id:guid}/readiness", async (Guid id, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new GetSessionReadiness(http.User.Caller(), id))))
            .WithName("GetSessionReadiness")
            .WithSummary("KK8/KK2/KK4: quorum, chair in turn and late items before opening").QueryProblems();

        kks.MapGet("/{id:guid}/clients", async (Guid id, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListAgendaClients(http.User.Caller(), id))))
            .WithName("ListAgendaClients")
            .WithSummary("The clients on the agenda by name and register number").QueryProblems();

        kks.MapGet("/{id:guid}/seal", async (Guid id, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new VerifySeal(http.User.Caller(), id))))
            .WithName("VerifySeal")
            .WithSummary("KK10: verify the seal against storage and the panti's chain").QueryProblems();

        Command(kks, "ApproveUrgent", "/{id:guid}/approval",
            "KK6: approve an urgent KK (pimpinan), optionally waiving the 24-hour rule",
            (Guid id, ApproveUrgent.Body body, Ctx c) =>
                c.Send(new ApproveUrgent(c.Caller, id, c.IfMatch, body.WaivePreCirculation)));
        Command(kks, "Invite", "/{id:guid}/participants", "KK1: invite a participant in a capacity (organisers)",
            (Guid id, Invite.Body body, Ctx c) =>
                c.Send(new Invite(c.Caller, id, c.IfMatch, body.StaffId, body.Capacity)));
        Command(kks, "NameDeputySecretary", "/{id:guid}/deputy-secretary",
            "KK3: name a deputy secretary for this session",
            (Guid id, NameDeputySecretary.Body body, Ctx c) =>
                c.Send(new NameDeputySecretary(c.Caller, id, c.IfMatch, body.StaffId)));
        Command(kks, "SubmitCaseSummary", "/{id:guid}/agenda/{itemId:guid}/summary",
            "KK4: submit the case summary (responsible staff)",
            (Guid id, Guid itemId, SubmitCaseSummary.Body body, Ctx c) =>
                c.Send(new SubmitCaseSummary(c.Caller, id, c.IfMatch, itemId, body.Text)));
        Command(kks, "AcknowledgeCaseSummary", "/{id:guid}/agenda/{itemId:guid}/acknowledgement",
            "KK4: acknowledge receipt of a case summary",
            (Guid id, Guid itemId, Ctx c) => c.Send(new AcknowledgeCaseSummary(c.Caller, id, c.IfMatch, itemId)));
        Command(kks, "RecordAttendance", "/{id:guid}/attendance/{staffId:guid}",
            "KK8: record attendance; needs If-Match",
            (Guid id, Guid staffId, RecordAttendance.Body body, Ctx c) =>
                c.Send(new RecordAttendance(c.Caller, id, c.IfMatch, staffId, body.Mode, body.Detail)),
            put: true, ifMatchRequired: true);
        Command(kks, "RecordAttendanceOfMany", "/{id:guid}/attendance",
            "KK8: record attendance for many people at once, all or nothing; needs If-Match",
            (Guid id, RecordAttendanceOfMany.Body body, Ctx c) =>
                c.Send(new RecordAttendanceOfMany(c.Caller, id, c.IfMatch, body.Entries ?? [])),
            put: true, ifMatchRequired: true);
        Command(kks, "OpenSession", "/{id:guid}/open",
            "KK8/KK2: the chair in turn opens the session, ruling on late items",
            (Guid id, OpenSession.Body body, Ctx c) =>
                c.Send(new OpenSession(c.Caller, id, c.IfMatch, body.LateItemRulings ?? [])));
        Command(kks, "RecordDecision", "/{id:guid}/decisions", "KK9/FM6: record a typed decision on an agenda item",
            (Guid id, RecordDecision.Body body, Ctx c) =>
                c.Send(new RecordDecision(c.Caller, id, c.IfMatch, body.ItemId, body.Decision)));
        Command(kks, "CloseSession", "/{id:guid}/close", "KK7/KK10: close the session and seal it",
            (Guid id, Ctx c) => c.Send(new CloseSession(c.Caller, id, c.IfMatch)));
        Command(kks, "CancelConference", "/{id:guid}/cancel", "KK7: cancel a planned KK with a reason",
            (Guid id, CancelConference.Body body, Ctx c) =>
                c.Send(new CancelConference(c.Caller, id, c.IfMatch, body.Reason)));
        Command(kks, "FilePostKkSummary", "/{id:guid}/summaries", "KK11: file the post-KK summary for a client",
            (Guid id, FilePostKkSummary.Body body, Ctx c) =>
                c.Send(new FilePostKkSummary(c.Caller, id, c.IfMatch, body.ClientId, body.Text)));

        kks.MapPost("/{id:guid}/agenda", async (Guid id, AddAgendaItem.Body body,
            [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, ISender sender) =>
        {
            var result = await sender.Send(new AddAgendaItem(http.User.Caller(), id, ifMatch, body.ClientId,
                body.Purpose, body.Note));
            SetETag(http, result.ETag);
            return TypedResults.Created($"/api/v1/conferences/{id}", result);
        }).WithName("AddAgendaItem")
            .WithSummary("KK4: put a client on the agenda (organisers); needs If-Match").CommandProblems()
            .ReadsIfMatch(required: true).SendsETag().Idempotent();

        kks.MapGet("/{id:guid}/minutes", async (Guid id, int? before, int? limit, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListMinutes(http.User.Caller(), id, before ?? int.MaxValue,
                limit ?? ListMinutes.DefaultLimit))))
            .WithName("ListMinutes")
            .WithSummary(
                "KK3: minutes entries numbered below ?before (default: the last ones), at most ?limit (100), oldest first")
            .QueryProblems();

        kks.MapPost("/{id:guid}/minutes",
            async (Guid id, RecordMinute.Body body, [FromHeader(Name = "If-Match")] string? ifMatch,
            [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, ISender sender) =>
            Minute(http, id,
                await sender.Send(new RecordMinute(http.User.Caller(), id, ifMatch, body.Text, null, idempotencyKey))))
            .WithName("RecordMinute")
            .WithSummary(
                "KK3: record a minutes entry (secretary or deputy); a retry with the same Idempotency-Key answers the first entry")
            .CommandProblems().ReadsIfMatch().SendsETag().Idempotent();

        kks.MapPost("/{id:guid}/minutes/{number:int}/amendments",
            async (Guid id, int number, RecordMinute.Body body, [FromHeader(Name = "If-Match")] string? ifMatch,
            [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, ISender sender) =>
            Minute(http, id,
                await sender.Send(new RecordMinute(http.User.Caller(), id, ifMatch, body.Text,
                number, idempotencyKey))))
            .WithName("AmendMinute")
            .WithSummary(
                "KK3: correct an earlier entry with a new one (secretary or deputy); Idempotency-Key as for entries")
            .CommandProblems().ReadsIfMatch().SendsETag().Idempotent();
    }

    /// <summary>What every KK command needs from the HTTP request: the caller, If-Match, the mediator.</summary>
    public sealed record Ctx(HttpContext Http, ISender Sender)
    {
        public Contracts.Caller Caller => Http.User.Caller();

        public static ValueTask<Ctx?> BindAsync(HttpContext http) =>
            ValueTask.FromResult<Ctx?>(new Ctx(http, http.RequestServices.GetRequiredService<ISender>()));

        public string? IfMatch => Http.Request.Headers.IfMatch.ToString() is { Length: > 0 } v ? v : null;

        public async Task<NoContent> Send<T>(T request) where T : Mediator.IRequest<Changed>
        {
            var changed = await Sender.Send(request);
            SetETag(Http, changed.ETag);
            return TypedResults.NoContent();
        }
    }

    private static RouteHandlerBuilder Command(
        RouteGroupBuilder group, string name, string pattern, string summary, Delegate handler, bool put = false,
            bool ifMatchRequired = false)
    {
        var route = put ? group.MapPut(pattern, handler) : group.MapPost(pattern, handler);
        return route.WithName(name).WithSummary(summary).CommandProblems().ReadsIfMatch(ifMatchRequired)
            .SendsETag().Idempotent();
    }

    private static Created<Contracts.Conferences.ConferenceSnapshot> Created(HttpContext http,
        Contracts.Conferences.ConferenceSnapshot snapshot)
    {
        SetETag(http, ETags.ForVersion(snapshot.Version));
        return TypedResults.Created($"/api/v1/conferences/{snapshot.Conference.Id}", snapshot);
    }

    private static Created<RecordMinute.Result> Minute(HttpContext http, Guid id, RecordMinute.Result result)
    {
        SetETag(http, result.ETag);
        return TypedResults.Created($"/api/v1/conferences/{id}/minutes/{result.Entry.Number}", result);
    }

    private static void SetETag(HttpContext http, string? etag)
    {
        if (etag is not null)
        {
            http.Response.Headers.ETag = etag;
        }
    }
}
