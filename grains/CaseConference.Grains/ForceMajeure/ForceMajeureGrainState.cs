using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Grains.ForceMajeure;

[GenerateSerializer]
public sealed class ForceMajeureGrainState
{
    [Id(0)] public Guid? PantiId { get; set; }

    [Id(1)] public ForceMajeureOverride? ForceMajeure { get; set; }
}
