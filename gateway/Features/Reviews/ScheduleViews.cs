using System.Collections.Concurrent;
using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Reviews;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Features.Reviews;

/// <summary>
/// Issue 9: this gateway's copy of each panti's schedule view, by the grain's build of it. A read
/// asks the grain (which checks the caller) whether the build held here still stands; only a new
/// build crosses from the silo, about 1 MB at 3,000 clients. <c>GET /review-schedule</c> sends the
/// build's bytes, serialized once; the client list, Beranda, the calendar and the hub read the
/// same copy.
/// </summary>
public sealed class ScheduleViews(IClusterClient cluster, IOptions<JsonOptions> json)
{
    /// <summary>Panti held at once; past it, one is dropped (and read whole again when asked).</summary>
    private const int MaxPanti = 64;

    private readonly ConcurrentDictionary<Guid, ScheduleCopy> held = new();
    private long viewsReceived;

    /// <summary>How many whole views this gateway has received from the grains.</summary>
    public long ViewsReceived => Interlocked.Read(ref viewsReceived);

    public async Task<ScheduleCopy> ReadAsync(Caller caller)
    {
        held.TryGetValue(caller.PantiId, out var known);
        var read = await cluster.GetGrain<IReviewScheduleGrain>(caller.PantiId).Read(caller,
            known?.Build ?? Guid.Empty);
        if (read.View is null && known is not null && known.Build == read.Build)
        {
            return known;
        }

        Interlocked.Increment(ref viewsReceived);
        var copy = new ScheduleCopy(read.Build,
            read.View ?? throw new InvalidOperationException("The grain sent no view for a build this gateway lacks."),
            json.Value.SerializerOptions);
        if (held.Count >= MaxPanti && !held.ContainsKey(caller.PantiId))
        {
            held.TryRemove(held.Keys.First(), out _);
        }

        held[caller.PantiId] = copy;
        return copy;
    }
}

/// <summary>One build of a panti's schedule view, and its JSON as the API sends it (made on first use).</summary>
public sealed class ScheduleCopy(Guid build, ScheduleView view, JsonSerializerOptions options)
{
    private readonly Lazy<byte[]> json = new(() => JsonSerializer.SerializeToUtf8Bytes(view, options));

    public Guid Build => build;

    public ScheduleView View => view;

    public byte[] Json => json.Value;
}
