using System.Text.Json.Serialization;
using CaseConference.Domain.Clients;

namespace CaseConference.Domain.Conferences;

public enum DecisionKind
{
    PlaceInProgramme,
    NotEligible,
    KeepFormulation,
    ChangeFormulation,
    RatifyForceMajeure,
    CancelForceMajeure,
    ResocialisationReady,
    ResocialisationNotReady,
    Retraining,
    Terminate,
    Defer,
}

/// <summary>
/// A typed KK decision on one agenda item (KK9). What each does to the
/// client is in <see cref="Client.ApplyDecision"/> (CL2). The JSON discriminator keeps grain state
/// round-trippable.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlaceInProgramme), nameof(PlaceInProgramme))]
[JsonDerivedType(typeof(NotEligible), nameof(NotEligible))]
[JsonDerivedType(typeof(KeepFormulation), nameof(KeepFormulation))]
[JsonDerivedType(typeof(ChangeFormulation), nameof(ChangeFormulation))]
[JsonDerivedType(typeof(RatifyForceMajeure), nameof(RatifyForceMajeure))]
[JsonDerivedType(typeof(CancelForceMajeure), nameof(CancelForceMajeure))]
[JsonDerivedType(typeof(ResocialisationReady), nameof(ResocialisationReady))]
[JsonDerivedType(typeof(ResocialisationNotReady), nameof(ResocialisationNotReady))]
[JsonDerivedType(typeof(Retraining), nameof(Retraining))]
[JsonDerivedType(typeof(Terminate), nameof(Terminate))]
[JsonDerivedType(typeof(Defer), nameof(Defer))]
public abstract record Decision
{
    [JsonIgnore]
    public abstract DecisionKind Kind { get; }

    public virtual void Validate()
    {
    }
}

/// <summary>Place the client in the programme, with the hypothesis and the first formulation (CL2).</summary>
public sealed record PlaceInProgramme(Hypothesis Hypothesis, List<FormulationItem> FirstFormulation) : Decision
{
    public override DecisionKind Kind => DecisionKind.PlaceInProgramme;

    public override void Validate()
    {
        Hypothesis.Validate();
        FormulationItem.ValidateList(FirstFormulation);
    }
}

public sealed record NotEligible(string Reason) : Decision
{
    public override DecisionKind Kind => DecisionKind.NotEligible;

    public override void Validate() => Require.Text(Reason, "reason_required", "The reason");
}

public sealed record KeepFormulation : Decision
{
    public override DecisionKind Kind => DecisionKind.KeepFormulation;
}

/// <summary>The complete new list of items (CL3: a new version, never an in-place edit).</summary>
public sealed record ChangeFormulation(List<FormulationItem> Items) : Decision
{
    public override DecisionKind Kind => DecisionKind.ChangeFormulation;

    public override void Validate() => FormulationItem.ValidateList(Items);
}

/// <summary>Pengukuhan of a force majeure (FM6).</summary>
public sealed record RatifyForceMajeure(Guid ForceMajeureId) : Decision
{
    public override DecisionKind Kind => DecisionKind.RatifyForceMajeure;
}

/// <summary>Pembatalan of a force majeure (FM6).</summary>
public sealed record CancelForceMajeure(Guid ForceMajeureId) : Decision
{
    public override DecisionKind Kind => DecisionKind.CancelForceMajeure;
}

public sealed record ResocialisationReady : Decision
{
    public override DecisionKind Kind => DecisionKind.ResocialisationReady;
}

public sealed record ResocialisationNotReady : Decision
{
    public override DecisionKind Kind => DecisionKind.ResocialisationNotReady;
}

public sealed record Retraining : Decision
{
    public override DecisionKind Kind => DecisionKind.Retraining;
}

public sealed record Terminate(TerminationReason Reason) : Decision
{
    public override DecisionKind Kind => DecisionKind.Terminate;
}

/// <summary>
/// Postpone the item to a later KK. The only decision that does not restart the review clock (RV1).
/// A person gives the reason in their own words; a deferral the system makes carries its
/// <see cref="Ground"/> instead, so each reader sees it in their own language.
/// </summary>
public sealed record Defer(string? Reason, DeferralGround? Ground = null) : Decision
{
    public override DecisionKind Kind => DecisionKind.Defer;

    public override void Validate()
    {
        if (Ground is null)
        {
            Require.Text(Reason, "reason_required", "The reason");
        }
    }
}

/// <summary>Why the system deferred an item, stored as a fact rather than a sentence.</summary>
public enum DeferralGround
{
    /// <summary>KK4: the chair ruled at opening to defer a late item (summary not received in time).</summary>
    LateCaseSummary,
}
