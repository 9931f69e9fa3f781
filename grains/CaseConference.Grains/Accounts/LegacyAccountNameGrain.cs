using CaseConference.Contracts.Accounts;
using CaseConference.Storage;

namespace CaseConference.Grains.Accounts;

/// <summary>
/// Read-only: its state is written by migration 0032 alone (see <see cref="ILegacyAccountNameGrain"/>).
/// </summary>
public sealed class LegacyAccountNameGrain(
    [PersistentState("legacyAccountName", StorageHosting.GrainStore)] IPersistentState<LegacyAccountNameState> state)
    : Grain, ILegacyAccountNameGrain
{
    public Task<AccountKey?> MovedTo() => Task.FromResult(
        AccountKey.TryParse(state.State.AccountKey, out var key) ? key : null);
}

[GenerateSerializer]
public sealed class LegacyAccountNameState
{
    /// <summary>The account's key now, <c>code:user</c>.</summary>
    [Id(0)] public string? AccountKey { get; set; }
}
