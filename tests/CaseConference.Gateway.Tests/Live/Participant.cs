using System.Text.Json;
using System.Text.Json.Serialization;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Events;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CaseConference.Gateway.Tests.Live;

/// <summary>A browser following a KK with the real .NET SignalR client, over the test server's handler.</summary>
public sealed class Participant : IAsyncDisposable
{
    private readonly List<(string Feed, FeedEvent Event)> received = [];
    private readonly List<(string Feed, long Version)> heartbeats = [];
    private readonly TaskCompletionSource<Exception?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Participant(HubConnection connection)
    {
        Connection = connection;
        connection.On<string, FeedEvent>("event", (feed, e) =>
        {
            lock (received)
            {
                received.Add((feed, e));
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

    public IReadOnlyList<(string Feed, FeedEvent Event)> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
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

    public IReadOnlyList<FeedEvent> EventsOf(Guid conferenceId) =>
        [.. Received.Where(r => r.Feed == $"conference:{conferenceId}").Select(r => r.Event)];

    public static Task<Participant> ConnectAsync(GatewayWorld world, string role, GatewayFactory? gateway = null, string hub = "/hubs/conference") =>
        ConnectWithTokenAsync(gateway ?? world.Gateway, world.TokenOf(role), hub);

    public static async Task<Participant> ConnectWithTokenAsync(GatewayFactory gateway, string token, string hub = "/hubs/conference")
    {
        var server = gateway.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, hub), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
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

    public Task<ConferenceSnapshot> JoinAsync(Guid conferenceId) => Connection.InvokeAsync<ConferenceSnapshot>("Join", conferenceId);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
