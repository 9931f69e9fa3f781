using CaseConference.Contracts;
using CaseConference.Grains.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;

namespace CaseConference.Grains;

/// <summary>What a silo needs besides storage to host the product's grains.</summary>
public static class GrainsHosting
{
    public static ISiloBuilder AddCaseConferenceGrains(this ISiloBuilder silo)
    {
        silo.AddIncomingGrainCallFilter<DomainRefusalFilter>();
        // Registered after, so it runs inside: its refusal (another request with a used key) and
        // its storage failures are mapped like the grain's own.
        silo.AddIncomingGrainCallFilter<IdempotencyFilter>();
        silo.Services.AddSerializer(s => s.AddCaseConferenceSerialization());
        // Tests replace the clock to move time; production uses the system clock.
        silo.Services.TryAddSingleton(TimeProvider.System);
        return silo;
    }
}
