using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK9/CL2/FM6: a typed decision on an agenda item, in session. The chair, secretary or deputy
/// records it; ratifying or cancelling a force majeure is the pimpinan's alone.
/// </summary>
public sealed record RecordDecision(Caller Caller, Guid ConferenceId, string? IfMatch, Guid ItemId, Decision Decision)
    : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(Guid ItemId, Decision Decision);

    public void Validate(Checks checks)
    {
        checks.Id("itemId", ItemId).Present("decision", Decision);
        switch (Decision)
        {
            case PlaceInProgramme p:
                checks.Present("decision.hypothesis", p.Hypothesis);
                Items(checks, "decision.firstFormulation", p.FirstFormulation);
                break;
            case ChangeFormulation c:
                Items(checks, "decision.items", c.Items);
                break;
            case NotEligible n:
                checks.Text("decision.reason", n.Reason);
                break;
            case Defer d:
                checks.Text("decision.reason", d.Reason).That(d.Ground is null, "decision.ground",
                    "is recorded by the system only.");
                break;
            case Terminate t:
                checks.That(Enum.IsDefined(t.Reason), "decision.reason", "is not a termination reason.");
                break;
            case RatifyForceMajeure r:
                checks.Id("decision.forceMajeureId", r.ForceMajeureId);
                break;
            case CancelForceMajeure c:
                checks.Id("decision.forceMajeureId", c.ForceMajeureId);
                break;
        }
    }

    private static void Items(Checks checks, string field, List<FormulationItem>? items) => checks
        .That(items is { Count: > 0 and <= 100 }, field, "needs 1 to 100 items.")
        .That(items is null || items.All(i => i is not null && !string.IsNullOrWhiteSpace(i.Text)
            && i.Text.Length <= Checks.MaxText), field, "each item needs a text of at most 4000 characters.");
}

public sealed class RecordDecisionHandler(IClusterClient cluster) : IRequestHandler<RecordDecision, Changed>
{
    public async ValueTask<Changed> Handle(RecordDecision request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).RecordDecision(request.Caller, request.Expected(),
            request.ItemId, request.Decision));
}
