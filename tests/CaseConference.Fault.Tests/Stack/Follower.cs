using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CaseConference.Fault.Tests.Stack;

/// <summary>
/// A browser following one KK over the real hub, keeping its own copy as the web app does: Join
/// gives a snapshot and its version, events follow numbered version + 1, and when the connection
/// closes (the gateway died) it connects again, joins again and continues from the new snapshot.
/// An event that does not follow on is counted as a gap: the test expects none.
/// </summary>
public sealed class Follower(Uri baseAddress, string token, Guid conference) : IAsyncDisposable
{
    private readonly Lock sync = new();
    private readonly List<JsonElement> heldWhileJoining = [];
    private readonly List<(DateTime At, long Sequence)> arrivals = [];
    // By entry number: a snapshot carries only the last entries, events the new ones.
    private readonly SortedDictionary<int, string> texts = [];
    private long version = -1;
    private bool joining;
    private HubConnection? connection;
    private volatile bool disposed;

    public int Gaps { get; private set; }

    public int Rejoins { get; private set; }

    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (sync)
            {
                return [.. texts.Values];
            }
        }
    }

    /// <summary>When each event arrived, and its number.</summary>
    public IReadOnlyList<(DateTime At, long Sequence)> Arrivals
    {
        get
        {
            lock (sync)
            {
                return [.. arrivals];
            }
        }
    }

    public async Task StartAsync()
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/conference"), o => o.AccessTokenProvider = () =>
                Task.FromResult<string?>(token))
            .Build();
        hub.On<string, JsonElement>("event", (feed, e) =>
        {
            if (feed == $"conference:{conference}")
            {
                Receive(e);
            }
        });
        hub.Closed += error =>
        {
            _ = Task.Run(ReconnectAsync);
            return Task.CompletedTask;
        };
        lock (sync)
        {
            joining = true;
        }

        await hub.StartAsync();
        connection = hub;
        var snapshot = await hub.InvokeAsync<JsonElement>("Join", conference);
        Adopt(snapshot);
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>What ended the last attempt to join again, when none succeeded in time.</summary>
    public Exception? RejoinFailure { get; private set; }

    private async Task ReconnectAsync()
    {
        try
        {
            // As the web app does: connect and join again until it works (the gateway is restarting).
            await Poll.Until(async () =>
            {
                if (disposed)
                {
                    return true;
                }

                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }

                await StartAsync();
                Rejoins++;
                return true;
            }, TimeSpan.FromMinutes(2), "the follower joined again");
        }
        catch (TimeoutException e)
        {
            RejoinFailure = e;
        }
    }

    private void Adopt(JsonElement snapshot)
    {
        lock (sync)
        {
            var at = snapshot.GetProperty("version").GetInt64();
            if (at >= version)
            {
                version = at;
                foreach (var m in snapshot.GetProperty("conference").GetProperty("minutes").EnumerateArray())
                {
                    texts[m.GetProperty("number").GetInt32()] = m.GetProperty("text").GetString()!;
                }
            }

            joining = false;
            foreach (var e in heldWhileJoining)
            {
                Apply(e);
            }

            heldWhileJoining.Clear();
        }
    }

    private void Receive(JsonElement e)
    {
        lock (sync)
        {
            arrivals.Add((DateTime.UtcNow, e.GetProperty("sequence").GetInt64()));
            if (joining)
            {
                heldWhileJoining.Add(e.Clone());
            }
            else
            {
                Apply(e);
            }
        }
    }

    private void Apply(JsonElement e)
    {
        var sequence = e.GetProperty("sequence").GetInt64();
        if (sequence <= version)
        {
            return;
        }

        if (sequence > version + 1)
        {
            Gaps++;
        }

        version = sequence;
        if (e.GetProperty("kind").GetString() == "MinuteRecorded")
        {
            var entry = e.GetProperty("payload").GetProperty("entry");
            texts[entry.GetProperty("number").GetInt32()] = entry.GetProperty("text").GetString()!;
        }
    }
}
