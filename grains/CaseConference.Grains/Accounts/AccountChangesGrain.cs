using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Events;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace CaseConference.Grains.Accounts;

/// <summary>
/// Holds no state: gateways subscribe again within the expiry (and after this grain moved), and a
/// change told while a gateway was not subscribed reaches it through its short cache time.
/// </summary>
public sealed class AccountChangesGrain(ILogger<AccountChangesGrain> logger) : Grain, IAccountChangesGrain
{
    private readonly ObserverManager<IAccountChangeObserver> gateways = new(FeedSubscription.Expiry, logger);

    /// <summary>
    /// How long one gateway may take to hear a change. A gateway that died or restarted stays
    /// subscribed until its subscription expires; waiting the full response timeout on it would hold
    /// every account change (and the sign-ins queued behind it) for that long. A gateway that does not
    /// answer in time is dropped here until it subscribes again, and forgets by its cache time.
    /// </summary>
    private static readonly TimeSpan GatewayAnswer = TimeSpan.FromSeconds(1);

    public Task Changed(AccountKey account) => gateways.Notify(g => g.Changed(account).WaitAsync(GatewayAnswer));

    public Task Subscribe(IAccountChangeObserver observer)
    {
        gateways.Subscribe(observer, observer);
        return Task.CompletedTask;
    }
}
