using System.Collections.Concurrent;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Auth;
using CaseConference.Gateway.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Live;

/// <summary>
/// Finding 6: every hub connection on this gateway, by the session or token it was opened with.
/// Every <see cref="AccountOptions.HubRevalidation"/>, and at once when this gateway revokes
/// something, each credential is checked with its account grain; the connections of one that no
/// longer stands (sign-out, revoked token, password reset, deactivation) are closed.
/// </summary>
public sealed class LiveSessionGuard(SessionCheck sessions, IOptions<AccountOptions> options,
    ILogger<LiveSessionGuard> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<string, LiveConnection> connections = new();
    private readonly SemaphoreSlim wake = new(0);
    private readonly Lock admission = new();

    public sealed record LiveConnection(AccountKey Account, Credential Credential, HubCallerContext Context);

    /// <summary>
    /// Registers a new connection; false (and closed) when it carries no credential. Finding 15:
    /// an account holds at most <see cref="AccountOptions.MaxHubConnectionsPerAccount"/> on this
    /// gateway, both hubs together; one more is refused with <c>too_many_connections</c>, which the
    /// browser receives as the close reason (a HubException thrown from OnConnectedAsync).
    /// </summary>
    public bool Add(HubCallerContext context)
    {
        if (context.User?.Credential() is not { } credential || context.User.AccountOrNull() is not { } account)
        {
            context.Abort();
            return false;
        }

        var max = options.Value.MaxHubConnectionsPerAccount;
        // Counting and adding under one lock, so simultaneous connects cannot all see room for themselves.
        lock (admission)
        {
            if (CountFor(account) >= max)
            {
                throw new HubException(
                    $"too_many_connections: This account already has {max} live connections open; close a tab or window and try again.");
            }

            connections[context.ConnectionId] = new LiveConnection(account, credential, context);
        }

        return true;
    }

    public void Remove(string connectionId) => connections.TryRemove(connectionId, out _);

    public int CountFor(AccountKey account) => connections.Values.Count(c => c.Account == account);

    /// <summary>Before a Join: the connection's credential must stand now, not only when it connected.</summary>
    public async Task RequireLive(HubCallerContext context)
    {
        if (!connections.TryGetValue(context.ConnectionId, out var connection)
            || await sessions.Fresh(connection.Account, connection.Credential) is null)
        {
            context.Abort();
            throw new HubException("session_ended: This session or token has ended; sign in again.");
        }
    }

    /// <summary>
    /// Something of this account was revoked here: forget cached answers and check its connections now.
    /// </summary>
    public void Revoked(AccountKey account)
    {
        sessions.Forget(account);
        wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await wake.WaitAsync(options.Value.HubRevalidation, stoppingToken);
                await CloseEnded();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The cluster may be briefly unreachable; the next round checks again.
                logger.LogWarning(e, "Checking hub connections' sessions failed; retrying next round");
            }
        }
    }

    private async Task CloseEnded()
    {
        foreach (var held in connections.Values.GroupBy(c => (c.Account, c.Credential)).ToList())
        {
            if (await sessions.Fresh(held.Key.Account, held.Key.Credential) is null)
            {
                foreach (var connection in held)
                {
                    connection.Context.Abort();
                    connections.TryRemove(connection.Context.ConnectionId, out _);
                }
            }
        }
    }
}
