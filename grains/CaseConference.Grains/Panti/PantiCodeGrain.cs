using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Storage;

namespace CaseConference.Grains.Panti;

public sealed class PantiCodeGrain(
    [PersistentState("pantiCode", StorageHosting.GrainStore)] IPersistentState<PantiCodeState> state)
        : Grain, IPantiCodeGrain
{
    public async Task Claim(Guid pantiId)
    {
        if (state.State.PantiId is { } holder)
        {
            if (holder == pantiId)
            {
                return;
            }

            throw DomainException.Conflict("panti_code_taken", "Another panti already uses that sign-in code.");
        }

        state.State.PantiId = pantiId;
        await state.WriteStateAsync();
    }

    public Task<Guid?> Panti() => Task.FromResult(state.State.PantiId);
}

/// <summary>Also written by migration 0032 for panti founded before codes existed.</summary>
[GenerateSerializer]
public sealed class PantiCodeState
{
    [Id(0)] public Guid? PantiId { get; set; }
}
