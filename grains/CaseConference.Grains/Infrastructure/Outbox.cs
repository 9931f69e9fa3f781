namespace CaseConference.Grains.Infrastructure;

/// <summary>
/// Issue 9: what a command must still do in other grains after its state write (tell a client it is
/// on an agenda, seal a closed KK, place a force majeure in force on the next KK), kept in the
/// grain's own state. The command adds its steps before the write that makes the change, so the
/// write holds them; they run after it and go when done; a crash in between leaves them stored,
/// and the grain runs them on activation, with its next change, and when a retried key is answered
/// (<see cref="IFollowOnGrain"/>). So each step must be idempotent where it lands.
/// </summary>
[GenerateSerializer]
public sealed class Outbox<TStep> where TStep : IEquatable<TStep>
{
    /// <summary>In the order the commands added them.</summary>
    [Id(0)] public List<TStep> Pending { get; set; } = [];

    /// <summary>
    /// Set while the steps run, so a write they cause in this grain (a seal) does not run them again.
    /// </summary>
    [NonSerialized] private bool running;

    /// <summary>A step for after the next state write; one already waiting is not added twice.</summary>
    public void Add(TStep step)
    {
        if (!Pending.Contains(step))
        {
            Pending.Add(step);
        }
    }

    /// <summary>
    /// Runs the waiting steps in order, each removed when done, then <paramref name="write"/>s the
    /// state once so the removal is stored too. A step that fails stays, with those after it.
    /// A <paramref name="notice"/> (a step that sends what the grain holds when it runs, to a grain
    /// that ignores what it holds already) costs no write of its own: its removal is stored with the
    /// grain's next write, and until then an activation sends it again, which changes nothing.
    /// </summary>
    public async Task RunAsync(Func<TStep, Task> run, Func<Task> write, Func<TStep, bool>? notice = null)
    {
        if (running || Pending.Count == 0)
        {
            return;
        }

        running = true;
        var removalMatters = false;
        try
        {
            while (Pending.Count > 0)
            {
                var step = Pending[0];
                await run(step);
                Pending.Remove(step);
                removalMatters |= notice?.Invoke(step) != true;
            }
        }
        finally
        {
            running = false;
        }

        if (removalMatters)
        {
            await write();
        }
    }
}

/// <summary>
/// A grain with an <see cref="Outbox{TStep}"/>: runs what it holds (the filter calls it when it answers a retried key).
/// </summary>
public interface IFollowOnGrain
{
    Task RunFollowOnsAsync();
}
