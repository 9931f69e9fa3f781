using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Gateway.Infrastructure;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// A KK's ETag is the number of its last event (LV1), so the version a participant sees live and
/// the one they send in If-Match are the same number. The check reads the version through
/// <see cref="IConferenceGrain.Version"/>, which is tenant- and participant-checked, so a
/// foreign id still answers 404 rather than 412. The version is then handed to the grain with the
/// change itself (<see cref="ExpectedVersion"/>), which compares it again in the same turn, so a
/// change landing between the two calls is refused too.
/// </summary>
internal static class ConferenceVersion
{
    /// <summary>Every command on a KK: check If-Match, make the change, answer the new ETag.</summary>
    public static async Task<(T Value, string? ETag)> Change<T>(
        IClusterClient cluster, IConferenceCommand request, Func<IConferenceGrain, Task<T>> command, bool ifMatchRequired = false)
    {
        var kk = cluster.GetGrain<IConferenceGrain>(request.ConferenceId);
        await Match(kk, request.Caller, request.IfMatch, ifMatchRequired);
        var value = await command(kk);
        return (value, await After(kk, request.Caller));
    }

    public static async Task<Changed> Change(
        IClusterClient cluster, IConferenceCommand request, Func<IConferenceGrain, Task> command, bool ifMatchRequired = false)
    {
        var (_, etag) = await Change(cluster, request, async kk => { await command(kk); return true; }, ifMatchRequired);
        return new Changed(etag);
    }

    private static async Task Match(IConferenceGrain kk, Caller caller, string? ifMatch, bool required)
    {
        if (required || !string.IsNullOrWhiteSpace(ifMatch))
        {
            ETags.Require(ifMatch, ETags.ForVersion(await kk.Version(caller)));
            if (long.TryParse(ifMatch!.Trim().Trim('"'), out var expected))
            {
                ExpectedVersion.Set(expected);
            }
        }
    }

    /// <summary>The ETag after a change, or null when the caller may not follow the KK.</summary>
    private static async Task<string?> After(IConferenceGrain kk, Caller caller)
    {
        ExpectedVersion.Clear();
        try
        {
            return ETags.ForVersion(await kk.Version(caller));
        }
        catch (RefusedException)
        {
            return null;
        }
    }
}

/// <summary>A command on one KK, carrying who asks and the ETag they last read.</summary>
public interface IConferenceCommand
{
    Caller Caller { get; }

    Guid ConferenceId { get; }

    string? IfMatch { get; }
}

/// <summary>What a command on a KK answers: its new ETag (null when the caller may not follow it).</summary>
public sealed record Changed(string? ETag);
