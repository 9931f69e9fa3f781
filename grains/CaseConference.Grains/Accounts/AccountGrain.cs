using System.Security.Cryptography;
using System.Text;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Domain.Accounts;
using CaseConference.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.Accounts;

public sealed partial class AccountGrain(
    [PersistentState("account", StorageHosting.GrainStore)] IPersistentState<AccountState> state,
    TimeProvider clock,
    ILogger<AccountGrain> logger) : Grain, IAccountGrain
{
    private static readonly PasswordHasher<AccountState> Hasher = new();

    /// <summary>The panti's sign-in code and the user name (finding 11: names are unique per panti).</summary>
    private AccountKey Key => AccountKey.Parse(this.GetPrimaryKeyString());

    private string UserName => Key.UserName;

    private DateTimeOffset Now => clock.GetUtcNow();

    public async Task<AccountInfo> Create(Guid pantiId, Guid staffId, string password)
    {
        if (IsSameAccount(pantiId, staffId))
        {
            // Re-creating the same account (an idempotent seed) is harmless.
            await GrainFactory.GetGrain<IStaffAccountGrain>(staffId).Claim(pantiId, UserName);
            return Current()!;
        }

        PasswordPolicy.Require(UserName, password);
        await Found(pantiId, staffId, password, mustChange: false);
        return Current()!;
    }

    public async Task<OneTimePassword> CreateWithOneTimePassword(Guid pantiId, Guid staffId)
    {
        var password = OneTimePasswords.New();
        await Found(pantiId, staffId, password, mustChange: true);
        return new OneTimePassword(UserName, staffId, password);
    }

    private async Task Found(Guid pantiId, Guid staffId, string password, bool mustChange)
    {
        if (state.State.PantiId is not null)
        {
            // Only ever about the caller's own panti: the key holds its code (finding 11).
            throw DomainException.Conflict("user_name_taken", "That user name is taken in this panti.");
        }

        if (await GrainFactory.GetGrain<IPantiCodeGrain>(Key.PantiCode).Panti() != pantiId)
        {
            throw DomainException.Invalid("panti_code_mismatch",
                "An account is created under its own panti's sign-in code.");
        }

        // Claimed before the account exists: two names racing for one person, one of them loses here.
        await GrainFactory.GetGrain<IStaffAccountGrain>(staffId).Claim(pantiId, UserName);
        state.State.PantiId = pantiId;
        state.State.StaffId = staffId;
        state.State.PasswordHash = Hasher.HashPassword(state.State, password);
        state.State.MustChangePassword = mustChange;
        await Save();
    }

    private bool IsSameAccount(Guid pantiId, Guid staffId) =>
        state.State.PantiId == pantiId && state.State.StaffId == staffId;

    public async Task<SignInAttempt> SignIn(string password)
    {
        if (state.State.PantiId is null)
        {
            // Hash anyway, so an unknown user name takes as long as a wrong password.
            Hasher.HashPassword(state.State, password ?? "");
            return new SignInAttempt(SignInOutcome.Failed, null);
        }

        // No lockout here (finding 7): failures by anyone would lock the owner out. The gateway
        // throttles guessing per client and per name and client instead.
        var verdict = Hasher.VerifyHashedPassword(state.State, state.State.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            return new SignInAttempt(SignInOutcome.Failed, null);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            state.State.PasswordHash = Hasher.HashPassword(state.State, password!);
            await Save();
        }

        // Told only to someone who knows the password: the leaver learns why, a guesser learns nothing.
        return state.State.Deactivated
            ? new SignInAttempt(SignInOutcome.Deactivated, null)
            : new SignInAttempt(SignInOutcome.Succeeded, Current());
    }

    public async Task<PasswordChange> ChangePassword(string currentPassword, string newPassword, Guid? keepSession)
    {
        RequireActive();
        if (Hasher.VerifyHashedPassword(state.State, state.State.PasswordHash,
            currentPassword ?? "") == PasswordVerificationResult.Failed)
        {
            return PasswordChange.CurrentPasswordWrong;
        }

        if (state.State.MustChangePassword && newPassword == currentPassword)
        {
            return PasswordChange.Unchanged;
        }

        PasswordPolicy.Require(UserName, newPassword);
        state.State.PasswordHash = Hasher.HashPassword(state.State, newPassword);
        state.State.MustChangePassword = false;
        state.State.Sessions.RemoveAll(x => x.SessionId != keepSession);
        await Save();
        return PasswordChange.Changed;
    }

    public async Task<OneTimePassword> ResetPassword()
    {
        RequireExisting();
        var password = OneTimePasswords.New();
        state.State.PasswordHash = Hasher.HashPassword(state.State, password);
        state.State.MustChangePassword = true;
        state.State.Sessions.Clear();
        await Save();
        return new OneTimePassword(UserName, state.State.StaffId, password);
    }

    public async Task SetActive(bool active)
    {
        RequireExisting();
        state.State.Deactivated = !active;
        if (!active)
        {
            state.State.Tokens.Clear();
            state.State.Sessions.Clear();
        }

        await Save();
    }

    public async Task SetLanguage(string language)
    {
        RequireActive();
        if (!Languages.IsKnown(language))
        {
            throw DomainException.Invalid("language_unknown",
                $"The language is one of: {string.Join(", ", Languages.All)}.");
        }

        state.State.Language = language;
        await Save();
    }

    public Task<AccountStatus?> Status() => Task.FromResult(state.State.PantiId is null
        ? null
        : new AccountStatus(UserName, state.State.StaffId, !state.State.Deactivated, state.State.MustChangePassword));

    public Task<AccountInfo?> Info() => Task.FromResult(Current());

    private AccountInfo? Current() =>
        state.State.PantiId is { } panti
            ? new AccountInfo(UserName, panti, state.State.StaffId, state.State.MustChangePassword,
            state.State.Language ?? Languages.Indonesian, Key.PantiCode)
            : null;

    private void RequireExisting()
    {
        if (state.State.PantiId is null)
        {
            throw DomainException.NotFound("account_not_found", "No such account.");
        }
    }

    private void RequireActive()
    {
        RequireExisting();
        if (state.State.Deactivated)
        {
            throw DomainException.Forbidden("account_deactivated", "This account is deactivated.");
        }
    }

    private static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// Writes the account, then tells every gateway to forget what it cached about it, so a revoked
    /// token or ended session is refused everywhere once this call returns. The change is written
    /// either way; a gateway not told forgets within its cache time.
    /// </summary>
    private async Task Save()
    {
        await state.WriteStateAsync();
        try
        {
            await GrainFactory.GetGrain<IAccountChangesGrain>(0).Changed(Key);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Gateways were not told that account {Account} changed; their caches expire it", Key);
        }
    }
}
