using CaseConference.Storage;
using Orleans.Runtime;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>
/// A test grain that appends numbered entries to durable state. Appending a sequence number it
/// already holds is a no-op, so a caller may retry a write whose acknowledgement was lost.
/// </summary>
public interface ILedgerGrain : IGrainWithStringKey
{
    Task Append(int sequence);
    Task<IReadOnlyList<int>> Entries();
    Task<string> HostSilo();
    Task RegisterReminder(TimeSpan dueTime);
    Task<IReadOnlyList<string>> ReminderFirings();
}

[GenerateSerializer]
public sealed class LedgerState
{
    [Id(0)] public List<int> Entries { get; set; } = [];
    [Id(1)] public List<string> ReminderFirings { get; set; } = [];
}

public sealed class LedgerGrain(
    [PersistentState("ledger", StorageHosting.GrainStore)] IPersistentState<LedgerState> ledger,
    ILocalSiloDetails silo) : Grain, ILedgerGrain, IRemindable
{
    public async Task Append(int sequence)
    {
        if (ledger.State.Entries.Contains(sequence))
        {
            return;
        }

        ledger.State.Entries.Add(sequence);
        await ledger.WriteStateAsync();
    }

    public Task<IReadOnlyList<int>> Entries() => Task.FromResult<IReadOnlyList<int>>([.. ledger.State.Entries]);

    public Task<string> HostSilo() => Task.FromResult(silo.SiloAddress.ToParsableString());

    public Task RegisterReminder(TimeSpan dueTime) =>
        this.RegisterOrUpdateReminder("tick", dueTime, TimeSpan.FromMinutes(1));

    public Task<IReadOnlyList<string>> ReminderFirings() =>
        Task.FromResult<IReadOnlyList<string>>([.. ledger.State.ReminderFirings]);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ledger.State.ReminderFirings.Add(silo.SiloAddress.ToParsableString());
        await ledger.WriteStateAsync();
        var reminder = await this.GetReminder(reminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
