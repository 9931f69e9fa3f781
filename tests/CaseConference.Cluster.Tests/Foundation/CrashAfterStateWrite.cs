using CaseConference.Contracts;
using CaseConference.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Shouldly;

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

    /// <summary>
    /// The change sent with <paramref name="key"/> as the gateway sends it, cut off right after its
    /// state write: the call fails with this hook's message, wrapped by Orleans.
    /// </summary>
    public async Task CutOffAsync<T>(IAddressable grain, string key, Func<Task<T>> change)
    {
        Arm(grain);
        (await Should.ThrowAsync<OrleansException>(() => KeyedAsync(key, change))).ToString()
            .ShouldContain(Message);
    }

    /// <summary>The change cut off as <see cref="CutOffAsync"/> does, then sent again with the same key.</summary>
    public async Task<T> CutOffThenRetriedAsync<T>(IAddressable grain, string key, Func<Task<T>> change)
    {
        await CutOffAsync(grain, key, change);
        return await KeyedAsync(key, change);
    }

    /// <summary>As the gateway sends a change with an Idempotency-Key (and the fingerprint of its request).</summary>
    public static async Task<T> KeyedAsync<T>(string key, Func<Task<T>> change,
        string fingerprint = "POST same request")
    {
        new IdempotentRequest(key, fingerprint).Attach();
        try
        {
            return await change();
        }
        finally
        {
            IdempotentRequest.Detach();
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
