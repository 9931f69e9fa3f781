using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Live;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Auth;

/// <summary>
/// This gateway's subscription to <see cref="IAccountChangesGrain"/>: when an account changes
/// anywhere, the cached token and session answers for it are dropped and its hub connections are
/// checked at once. Subscribes on start and renews every <see cref="AccountOptions.ChangesRenewal"/>
/// (the grain forgets observers not renewed, and all of them when it moves).
/// </summary>
public sealed class AccountChangeListener(
    IClusterClient cluster, TokenCheck tokens, SessionCheck sessions, LiveSessionGuard live,
        IOptions<AccountOptions> options,
    ILogger<AccountChangeListener> logger) : BackgroundService, IAccountChangeObserver
{
    public Task Changed(AccountKey account)
    {
        tokens.Forget(account);
        sessions.Forget(account);
        live.Revoked(account);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reference = cluster.CreateObjectReference<IAccountChangeObserver>(this);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cluster.GetGrain<IAccountChangesGrain>(0).Subscribe(reference);
                await Task.Delay(options.Value.ChangesRenewal, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The cluster may not be reachable yet; until subscribed, cached answers expire by time.
                logger.LogWarning(e, "Subscribing to account changes failed; trying again");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
