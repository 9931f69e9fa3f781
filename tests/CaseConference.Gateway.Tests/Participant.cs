using System.Text.Json;
using System.Text.Json.Serialization;
using CaseConference.Contracts.Conferences;
using CaseConference.Gateway.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CaseConference.Gateway.Tests;

/// <summary>A browser following a KK with the real .NET SignalR client, over the test server's handler.</summary>
public sealed class Participant : IAsyncDisposable
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    private readonly List<(string Feed, LiveEvent Event, JsonElement Raw)> received = [];
    private readonly List<(string Feed, long Version)> heartbeats = [];
    private readonly TaskCompletionSource<Exception?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Participant(HubConnection connection)
    {
        Connection = connection;
        // Taken as it came over the wire, so a test can see the shape as well as the values.
        connection.On<string, JsonElement>("event", (feed, raw) =>
        {
            lock (received)
            {
                received.Add((feed, raw.Deserialize<LiveEvent>(EventJson)!, raw.Clone()));
            }
        });
        connection.On<string, long>("heartbeat", (feed, version) =>
        {
            lock (heartbeats)
            {
                heartbeats.Add((feed, version));
            }
        });
        connection.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        };
    }

    /// <summary>Completes when the connection closes, with the server's reason when it gave one.</summary>
    public Task<Exception?> ClosedWith => closed.Task;

    public HubConnection Connection { get; }

    public IReadOnlyList<(string Feed, LiveEvent Event)> Received
    {
        get
        {
            lock (received)
            {
                return [.. received.Select(r => (r.Feed, r.Event))];
            }
        }
    }

    /// <summary>The versions the gateway's heartbeats announced for this KK, in arrival order.</summary>
    public IReadOnlyList<long> HeartbeatsOf(Guid conferenceId)
    {
        lock (heartbeats)
        {
            return [.. heartbeats.Where(h => h.Feed == $"conference:{conferenceId}").Select(h => h.Version)];
        }
    }

    /// <summary>The KK's events exactly as the hub sent them.</summary>
    public IReadOnlyList<JsonElement> RawEventsOf(Guid conferenceId)
    {
        lock (received)
        {
            return [.. received.Where(r => r.Feed == $"conference:{conferenceId}").Select(r => r.Raw)];
        }
    }

    public IReadOnlyList<LiveEvent> EventsOf(Guid conferenceId) =>
        [.. Received.Where(r => r.Feed == $"conference:{conferenceId}").Select(r => r.Event)];

    public static Task<Participant> ConnectAsync(GatewayWorld world, string role, GatewayFactory? gateway = null,
        string hub = "/hubs/conference") =>
        ConnectWithTokenAsync(gateway ?? world.Gateway, world.TokenOf(role), hub);

    public static Task<Participant> ConnectWithTokenAsync(GatewayFactory gateway, string token,
        string hub = "/hubs/conference") =>
        ConnectAsync(gateway, hub, o => o.AccessTokenProvider = () => Task.FromResult<string?>(token));

    /// <summary>As the web app connects: with its session cookie (<c>caseconference=…</c>), no token.</summary>
    public static Task<Participant> ConnectWithCookieAsync(GatewayFactory gateway, string cookie,
        string hub = "/hubs/conference") =>
        ConnectAsync(gateway, hub, o => o.Headers["Cookie"] = cookie);

    private static async Task<Participant> ConnectAsync(GatewayFactory gateway, string hub,
        Action<HttpConnectionOptions> credential)
    {
        var server = gateway.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, hub), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                credential(o);
                // The test server speaks HTTP only; long polling is a transport every browser falls back to.
                o.Transports = HttpTransportType.LongPolling;
            })
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                o.PayloadSerializerOptions.AllowOutOfOrderMetadataProperties = true;
                o.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            })
            .Build();
        // Created before starting, so a close the server sends right after the handshake is heard.
        var participant = new Participant(connection);
        await connection.StartAsync();
        return participant;
    }

    public Task<ConferenceSnapshot> JoinAsync(Guid conferenceId) =>
        Connection.InvokeAsync<ConferenceSnapshot>("Join", conferenceId);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
