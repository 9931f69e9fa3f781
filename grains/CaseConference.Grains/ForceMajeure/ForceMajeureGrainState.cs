using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Grains.ForceMajeure;

[GenerateSerializer]
public sealed class ForceMajeureGrainState
{
    [Id(0)] public Guid? PantiId { get; set; }

    [Id(1)] public ForceMajeureOverride? ForceMajeure { get; set; }

    /// <summary>Counts the writes, so the register keeps the newest listing (<see cref="ForceMajeureListing.Version"/>).</summary>
    [Id(2)] public long Version { get; set; }
}
