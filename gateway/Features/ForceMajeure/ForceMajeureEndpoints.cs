using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.ForceMajeure;

/// <summary>
/// /api/v1/force-majeure: list, proposal, consents (also attested by phone), objection (FM1-FM3); ratification is a KK
/// decision (FM6).
/// </summary>
public static class ForceMajeureEndpoints
{
    public static void MapForceMajeureEndpoints(this RouteGroupBuilder api)
    {
        var fm = api.MapGroup("/force-majeure").WithTags("Force majeure");

        fm.MapPost("/", async (ProposeForceMajeure.Body body, HttpContext http, ISender sender) =>
        {
            var proposal = await sender.Send(new ProposeForceMajeure(
                http.User.Caller(), body.Id ?? IdempotencyKeys.NewId(http), body.ClientId, body.ItemNumber, body.Kind,
                    body.NewText, body.Reason));
            return TypedResults.Created($"/api/v1/force-majeure/{proposal.Id}", proposal);
        }).WithName("ProposeForceMajeure").WithSummary("FM1: propose a force majeure on one formulation item")
            .CommandProblems().Idempotent();

        fm.MapGet("/", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListForceMajeure(http.User.Caller()))))
            .WithName("ListForceMajeure")
            .WithSummary("FM2-FM7: the panti's force majeures with FM2 progress (no case content)").QueryProblems();

        fm.MapGet("/{id:guid}", async (Guid id, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ViewForceMajeure(http.User.Caller(), id))))
            .WithName("ViewForceMajeure").WithSummary(
                "CL6: a force majeure with its consents and state (case-record readers only; audited)").QueryProblems();

        fm.MapPost("/{id:guid}/consents",
            async (Guid id, ConsentToForceMajeure.Body body, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ConsentToForceMajeure(http.User.Caller(), id, body.Justification))))
            .WithName("ConsentToForceMajeure").WithSummary("FM2: consent as a core member (idempotent per person)")
            .CommandProblems().Idempotent();

        fm.MapPost("/{id:guid}/objections",
            async (Guid id, ObjectToForceMajeure.Body body, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ObjectToForceMajeure(http.User.Caller(), id, body.Reason))))
            .WithName("ObjectToForceMajeure").WithSummary("FM3: object as a core member before it is in force")
            .CommandProblems().Idempotent();

        fm.MapPost("/{id:guid}/attested-consents",
            async (Guid id, AttestConsent.Body body, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new AttestConsent(http.User.Caller(), id, body.StaffId,
                body.How, body.Justification))))
            .WithName("AttestForceMajeureConsent")
            .WithSummary(
                "FM2: the secretary records a core member's consent given by phone; pending until the member confirms it").CommandProblems().Idempotent();

        fm.MapPost("/{id:guid}/attested-consents/mine/confirmation",
            async (Guid id, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new AnswerAttestedConsent(http.User.Caller(), id, Confirm: true))))
            .WithName("ConfirmAttestedConsent").WithSummary(
                "FM2: confirm the consent attested for me; it counts from now").CommandProblems().Idempotent();

        fm.MapPost("/{id:guid}/attested-consents/mine/refusal", async (Guid id, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new AnswerAttestedConsent(http.User.Caller(), id, Confirm: false))))
            .WithName("DeclineAttestedConsent").WithSummary("FM2: decline the consent attested for me; it never counts")
            .CommandProblems().Idempotent();
    }
}
