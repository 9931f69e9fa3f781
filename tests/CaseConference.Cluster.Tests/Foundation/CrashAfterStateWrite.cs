using CaseConference.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>
/// A fault hook in the product's grain store: once armed for a grain, its next state write is made
/// and then the call fails as if the silo died right after it. Nothing after the write runs, and the
/// failure drops the activation (DomainRefusalFilter), so the next call reads what was written.
/// </summary>
public sealed class CrashAfterStateWrite
{
    private readonly Lock gate = new();
    private GrainId? armed;

    public const string Message = "The silo died right after this state write (test).";

    /// <summary>This hook around the silo's <see cref="StorageHosting.GrainStore"/>.</summary>
    public void WireInto(ISiloBuilder silo)
    {
        var store = silo.Services.Last(d => d.ServiceType == typeof(IGrainStorage)
            && Equals(d.ServiceKey, StorageHosting.GrainStore));
        var create = store.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The grain store is not made by a factory.");
        silo.Services.Remove(store);
        silo.Services.AddKeyedSingleton<IGrainStorage>(StorageHosting.GrainStore, (services, key) =>
            new Store((IGrainStorage)create(services, key), this));
    }

    /// <summary>The next state write of <paramref name="grain"/> fails after it is made.</summary>
    public void Arm(IAddressable grain)
    {
        lock (gate)
        {
            armed = grain.GetGrainId();
        }
    }

    private void AfterWrite(GrainId grain)
    {
        lock (gate)
        {
            if (armed != grain)
            {
                return;
            }

            armed = null;
        }

        throw new InvalidOperationException(Message);
    }

    /// <summary>Takes part in the silo's lifecycle as the store it wraps does (that is how it connects).</summary>
    private sealed class Store(IGrainStorage inner, CrashAfterStateWrite hook) : IGrainStorage,
        ILifecycleParticipant<ISiloLifecycle>
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ReadStateAsync(stateName, grainId, grainState);

        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
            hook.AfterWrite(grainId);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ClearStateAsync(stateName, grainId, grainState);

        public void Participate(ISiloLifecycle lifecycle) =>
            (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
    }
}
