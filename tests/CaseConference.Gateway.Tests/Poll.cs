namespace CaseConference.Gateway.Tests;

/// <summary>Waits for a condition with a deadline instead of sleeping a fixed time.</summary>
public static class Poll
{
    public static Task Until(Func<bool> done, TimeSpan timeout, string what) => Until(() => Task.FromResult(done()), timeout, what);

    public static async Task Until(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}");
            }

            await Task.Delay(50);
        }
    }
}
