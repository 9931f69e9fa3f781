using CaseConference.Domain.Conferences;

namespace CaseConference.Domain.Clients;

public sealed partial class Client
{
    /// <summary>
    /// CL2/CL3/KK9: carry out a KK decision on this client. Only here are formulation versions made
    /// and KK-only transitions taken. Every decision but Defer restarts the review clock (RV1).
    /// </summary>
    public IReadOnlyList<IDomainEvent> ApplyDecision(RecordedDecision recorded, DateTimeOffset now)
    {
        Require.That(recorded.ClientId == Id, () =>
            DomainException.Invalid("wrong_client", "The decision is about another client."));
        var decision = recorded.Decision ?? throw DomainException.Invalid("decision_withheld",
            "A decision shown without its content cannot be applied.");
        decision.Validate();
        var events = new List<IDomainEvent>();
        var by = recorded.RecordedBy;
        var kk = recorded.ConferenceId;

        switch (decision)
        {
            case PlaceInProgramme place:
                RequireStage(ClientStage.AwaitingPlacementKk, "placement");
                Hypothesis = place.Hypothesis;
                events.Add(NewVersion([.. place.FirstFormulation], FormulationSource.KkDecision, kk, null, by, now));
                events.Add(ChangeStage(ClientStage.Planning, ChronologyFact.PlacedByKk, "", by, now, kk));
                break;
            case NotEligible notEligible:
                RequireStage(ClientStage.AwaitingPlacementKk, "an eligibility decision");
                events.Add(ChangeStage(ClientStage.Terminated, ChronologyFact.NotEligibleByKk, notEligible.Reason, by,
                    now, kk, Clients.TerminationReason.NotEligible));
                break;
            case KeepFormulation:
                RequirePlaced();
                break;
            case ChangeFormulation change:
                RequirePlaced();
                events.Add(NewVersion([.. change.Items], FormulationSource.KkDecision, kk, null, by, now));
                break;
            case RatifyForceMajeure ratify:
                events.AddRange(Ratify(ratify.ForceMajeureId, kk, by, now));
                break;
            case CancelForceMajeure cancel:
                events.Add(LiftOverlay(cancel.ForceMajeureId, by, now, ChronologyFact.ForceMajeureCancelled));
                break;
            case ResocialisationReady:
                RequireStage(ClientStage.InGuidance, "a resocialisation decision");
                events.Add(ChangeStage(ClientStage.Resocialisation,
                    ChronologyFact.ResocialisationReadyByKk, "", by, now, kk));
                break;
            case ResocialisationNotReady:
                Require.That(Stage is ClientStage.InGuidance or ClientStage.Resocialisation, () =>
                    WrongStage("a resocialisation decision"));
                if (Stage == ClientStage.Resocialisation)
                {
                    events.Add(ChangeStage(ClientStage.InGuidance,
                        ChronologyFact.ResocialisationNotReadyByKk, "", by, now, kk));
                }

                break;
            case Retraining:
                RequireStage(ClientStage.Aftercare, "retraining");
                events.Add(ChangeStage(ClientStage.InGuidance, ChronologyFact.RetrainingByKk, "", by, now, kk));
                break;
            case Terminate terminate:
                Require.That(StageTransitions.KkMayTerminate(Stage), () => WrongStage("termination"));
                events.Add(ChangeStage(ClientStage.Terminated, ChronologyFact.TerminatedByKk, "", by,
                    now, kk, terminate.Reason));
                break;
            case Defer:
                return events;
        }

        LastReviewedAt = recorded.At;
        LastReviewConferenceId = kk;
        Note(new(0, now, by, ChronologyKind.DecisionApplied, "")
        {
            Fact = ChronologyFact.DecisionApplied, Decision = decision.Kind, ConferenceId = kk,
        });
        events.Add(new ReviewClockReset(Id, kk, recorded.At, now));
        return events;
    }

    private FormulationVersionCreated NewVersion(
        List<FormulationItem> items, FormulationSource source, Guid conferenceId, Guid? forceMajeureId,
            Guid by, DateTimeOffset now)
    {
        var version = Formulation.AddVersion(items, source, conferenceId, forceMajeureId, by, now);
        Note(new(0, now, by, ChronologyKind.FormulationVersioned, "")
        {
            Fact = ChronologyFact.FormulationVersioned, Version = version.Version, ConferenceId = conferenceId,
                ForceMajeureId = forceMajeureId,
        });
        return new FormulationVersionCreated(Id, version);
    }

    private void RequireStage(ClientStage stage, string what) => Require.That(Stage == stage, () => WrongStage(what));

    private void RequirePlaced() =>
        Require.That(Formulation.Current is not null && StageTransitions.HasReviewClock(Stage), () =>
        DomainException.Conflict(
        "client_not_in_programme", "The client has no formulation in force; place the client first."));

    private DomainException WrongStage(string what) =>
        DomainException.Conflict("decision_not_applicable", $"The client is {Stage}; {what} does not apply.");
}
