namespace CaseConference.Contracts.Accounts;

/// <summary>
/// The one place (key 0) that tells every gateway an account changed: a session ended, a token
/// was revoked or issued, a password or the account's standing changed. Gateways cache what an
/// account grain answered about a token or session and forget it when told, so a revocation counts
/// on every gateway as soon as the call that made it returns. Only account changes pass here,
/// never a request: nothing on a command's path is global.
/// </summary>
public interface IAccountChangesGrain : IGrainWithIntegerKey
{
    /// <summary>Answers once every subscribed gateway has forgotten what it knew of the account.</summary>
    Task Changed(AccountKey account);

    /// <summary>Forgotten after <see cref="Events.FeedSubscription.Expiry"/> unless renewed.</summary>
    Task Subscribe(IAccountChangeObserver observer);
}

/// <summary>A gateway's ear for <see cref="IAccountChangesGrain"/>.</summary>
public interface IAccountChangeObserver : IGrainObserver
{
    Task Changed(AccountKey account);
}
