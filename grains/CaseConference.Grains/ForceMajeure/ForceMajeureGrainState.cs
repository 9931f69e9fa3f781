using CaseConference.Domain.ForceMajeure;
using CaseConference.Grains.Infrastructure;

namespace CaseConference.Grains.ForceMajeure;

[GenerateSerializer]
public sealed class ForceMajeureGrainState
{
    [Id(0)] public Guid? PantiId { get; set; }

    [Id(1)] public ForceMajeureOverride? ForceMajeure { get; set; }

    /// <summary>
    /// Counts the writes, so the register keeps the newest listing (<see cref="ForceMajeureListing.Version"/>).
    /// </summary>
    [Id(2)] public long Version { get; set; }

    /// <summary>Issue 9: the keys of recent changes and their answers, written with the changes.</summary>
    [Id(3)] public IdempotentMemory Idempotency { get; set; } = new();

    /// <summary>Issue 9: what the last commands must still do in other grains, written with their change.</summary>
    [Id(4)] public Outbox<FollowOnStep> FollowOns { get; set; } = new();
}

/// <summary>A <see cref="ForceMajeureFollowOn"/> as its outbox holds it.</summary>
[GenerateSerializer, Immutable]
public sealed record FollowOnStep([property: Id(0)] ForceMajeureFollowOn Kind);
