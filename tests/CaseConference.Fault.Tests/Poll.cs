namespace CaseConference.Fault.Tests;

/// <summary>Waits for a condition with a deadline instead of sleeping a fixed time.</summary>
public static class Poll
{
    public static Task Until(Func<bool> done, TimeSpan timeout, string what) => Until(() => Task.FromResult(done()), timeout, what);

    public static async Task Until(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? last = null;
        while (true)
        {
            try
            {
                if (await done())
                {
                    return;
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

            await Task.Delay(100);
        }
    }
}
