using System.Text.Json;
using CaseConference.Load.Measure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CaseConference.Load.Live;

/// <summary>
/// A participant's screen: one real SignalR connection over WebSockets, as the web app holds one.
/// On the gateway it joins a KK's feed with a participant's bearer token and records every
/// MinuteRecorded it hears; on the bare server it joins a group and records every post.
/// </summary>
public sealed class Listener : IAsyncDisposable
{
    private readonly HubConnection connection;

    private Listener(HubConnection connection) => this.connection = connection;

    public static async Task<Listener> FollowKkAsync(Uri gateway, string token, Guid conferenceId, DeliveryClock clock,
        CancellationToken cancel)
    {
        var hub = Build(new Uri(gateway, "/hubs/conference"), token);
        hub.On<string, JsonElement>("event", (_, e) =>
        {
            if (e.GetProperty("kind").GetString() == "MinuteRecorded")
            {
                clock.Received(e.GetProperty("payload").GetProperty("entry").GetProperty("text").GetString()!);
            }
        });
        await hub.StartAsync(cancel);
        await hub.InvokeAsync<JsonElement>("Join", conferenceId, cancel);
        return new Listener(hub);
    }

    public static async Task<Listener> FollowBareAsync(Uri bare, string group, DeliveryClock clock,
        CancellationToken cancel)
    {
        var hub = Build(new Uri(bare, "/hubs/bare"), null);
        hub.On<string>("post", clock.Received);
        await hub.StartAsync(cancel);
        await hub.InvokeAsync("Join", group, cancel);
        return new Listener(hub);
    }

    /// <summary>Opens many at once, a few dozen in flight, as many browsers connecting.</summary>
    public static async Task<List<Listener>> OpenAsync(int count, Func<int, Task<Listener>> open)
    {
        var opened = new Listener[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32 },
            async (i, _) => opened[i] = await open(i));
        return [.. opened];
    }

    public static async Task CloseAsync(IEnumerable<Listener> listeners) =>
        await Parallel.ForEachAsync(listeners, new ParallelOptions { MaxDegreeOfParallelism = 64 },
            async (l, _) => await l.DisposeAsync());

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private static HubConnection Build(Uri url, string? token) => new HubConnectionBuilder()
        .WithUrl(url, HttpTransportType.WebSockets, o =>
        {
            o.SkipNegotiation = true;
            if (token is not null)
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            }
        })
        .Build();
}
