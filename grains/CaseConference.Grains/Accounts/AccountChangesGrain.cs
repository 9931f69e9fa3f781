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

    public Task Changed(string userName) => gateways.Notify(g => g.Changed(userName));

    public Task Subscribe(IAccountChangeObserver observer)
    {
        gateways.Subscribe(observer, observer);
        return Task.CompletedTask;
    }
}
