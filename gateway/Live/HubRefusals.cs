using CaseConference.Contracts;
using CaseConference.Gateway.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace CaseConference.Gateway.Live;

/// <summary>
/// Only a HubException's message reaches the browser; refusals and unavailability keep their stable code in it.
/// </summary>
internal static class HubRefusals
{
    public static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RefusedException e)
        {
            throw new HubException($"{e.Code}: {e.Message}");
        }
        catch (Exception e) when (Unavailability.Map(e) is { } problem)
        {
            throw new HubException($"{problem.Extensions["code"]}: {problem.Detail}");
        }
    }
}
