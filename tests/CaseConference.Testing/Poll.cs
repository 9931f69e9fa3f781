namespace CaseConference.Testing;

/// <summary>
/// Waits for a condition with a deadline instead of sleeping a fixed time. A probe that throws is
/// asked again until the deadline (a cluster or gateway may be recovering); the timeout then
/// carries the last failure.
/// </summary>
public static class Poll
{
    /// <summary>How often the condition is asked again until the deadline.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static Task Until(Func<bool> done, TimeSpan timeout, string what) =>
        Until(() => Task.FromResult(done()), timeout, what);

    public static Task Until(Func<Task<bool>> done, TimeSpan timeout, string what) =>
        Until(done, ok => ok, timeout, what);

    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (true)
        {
            try
            {
                var value = await probe();
                if (done(value))
                {
                    return value;
                }
            }
            catch (Exception e)
            {
                last = e;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}", last);
            }

            await Task.Delay(Interval);
        }
    }
}
