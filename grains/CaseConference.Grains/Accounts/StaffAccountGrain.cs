using CaseConference.Contracts.Accounts;
using CaseConference.Domain;
using CaseConference.Storage;

namespace CaseConference.Grains.Accounts;

public sealed class StaffAccountGrain(
    [PersistentState("staffAccount", StorageHosting.GrainStore)] IPersistentState<StaffAccountState> state)
        : Grain, IStaffAccountGrain
{
    public async Task Claim(Guid pantiId, string userName)
    {
        if (state.State.UserName is { } existing)
        {
            if (existing == userName && state.State.PantiId == pantiId)
            {
                return;
            }

            throw DomainException.Conflict("staff_has_account", "This staff member already has a sign-in account.");
        }

        state.State.PantiId = pantiId;
        state.State.UserName = userName;
        await state.WriteStateAsync();
    }

    public Task<string?> UserName(Guid pantiId) =>
        Task.FromResult(state.State.PantiId == pantiId ? state.State.UserName : null);
}

[GenerateSerializer]
public sealed class StaffAccountState
{
    [Id(0)] public Guid? PantiId { get; set; }

    [Id(1)] public string? UserName { get; set; }
}
