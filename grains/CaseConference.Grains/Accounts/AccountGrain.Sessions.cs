using CaseConference.Contracts.Accounts;

namespace CaseConference.Grains.Accounts;

/// <summary>
/// Browser sessions live here, not in the cookie: the cookie carries only a session id, so ending
/// a session (sign-out, password change or reset, deactivation) ends it for every gateway.
/// </summary>
public sealed partial class AccountGrain
{
    /// <summary>Sessions kept per account; starting one more ends the oldest.</summary>
    public const int MaxSessions = 20;

    public async Task<Authenticated> StartSession(TimeSpan lifetime)
    {
        RequireActive();
        state.State.Sessions.RemoveAll(x => x.ExpiresAt <= Now);
        if (state.State.Sessions.Count >= MaxSessions)
        {
            state.State.Sessions.RemoveRange(0, state.State.Sessions.Count - MaxSessions + 1);
        }

        var session = new StoredSession(Guid.NewGuid(), Now, Now + lifetime);
        state.State.Sessions.Add(session);
        await Save();
        return new Authenticated(Current()!, new Credential(CredentialKind.Session, session.SessionId));
    }

    public async Task EndSession(Guid sessionId)
    {
        if (state.State.Sessions.RemoveAll(x => x.SessionId == sessionId) > 0)
        {
            await Save();
        }
    }

    public Task<AccountInfo?> Validate(Credential credential)
    {
        var live = state.State.PantiId is not null && !state.State.Deactivated && credential.Kind switch
        {
            CredentialKind.Session => state.State.Sessions.Any(x => x.SessionId == credential.Id && x.ExpiresAt > Now),
            _ => state.State.Tokens.Any(t => t.TokenId == credential.Id
                && t.Purpose == TokenPurpose.Api && t.Expires > Now),
        };
        return Task.FromResult(live ? Current() : null);
    }
}
