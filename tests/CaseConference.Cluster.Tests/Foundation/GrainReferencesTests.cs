using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Staff;
using Shouldly;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>Issue 9 (CPU per minute entry): a reference made without Orleans' per-call reflection is the same reference and reaches the same grain.</summary>
public sealed class GrainReferencesTests
{
    [Fact]
    public async Task Issue09_a_cached_reference_equals_getgrain_and_reaches_the_grain()
    {
        await using var world = await ClusterWorld.StartAsync();
        var panti = await world.FoundPantiAsync("Panti Asuhan Harapan", withSchedule: false);
        var kkId = Guid.NewGuid();

        world.Client.Reference<IConferenceGrain>(kkId).ShouldBe(world.Client.GetGrain<IConferenceGrain>(kkId));
        world.Client.Reference<IPantiGrain>(panti.Id).ShouldBe(world.Client.GetGrain<IPantiGrain>(panti.Id));
        world.Client.Reference<IPantiGrain>(kkId).ShouldNotBe(world.Client.Reference<IPantiGrain>(panti.Id));
        (await world.Client.Reference<IPantiGrain>(panti.Id).ActorFor(panti.PimpinanId)).Roles.ShouldContain(StaffRole.Pimpinan);
    }
}
