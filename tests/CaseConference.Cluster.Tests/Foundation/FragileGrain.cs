namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>A test grain whose state lives behind a <see cref="TcpRelay"/> the test can cut.</summary>
public interface IFragileGrain : IGrainWithStringKey
{
    Task Write(int value);

    Task<IReadOnlyList<int>> Values();
}

[GenerateSerializer]
public sealed class FragileState
{
    [Id(0)] public List<int> Values { get; set; } = [];
}

public sealed class FragileGrain([PersistentState("fragile", FragileGrain.Store)] IPersistentState<FragileState> state)
    : Grain, IFragileGrain
{
    public const string Store = "fragile";

    public async Task Write(int value)
    {
        state.State.Values.Add(value);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<int>> Values() => Task.FromResult<IReadOnlyList<int>>([.. state.State.Values]);
}
