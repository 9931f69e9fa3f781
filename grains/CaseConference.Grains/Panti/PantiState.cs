using CaseConference.Contracts.Panti;
using CaseConference.Domain.Panti;

namespace CaseConference.Grains.Panti;

[GenerateSerializer]
public sealed class PantiState
{
    [Id(0)] public PantiProfile? Profile { get; set; }

    /// <summary>KK10: sealed KKs in sealing order.</summary>
    [Id(1)] public List<SealLink> Seals { get; set; } = [];
}
