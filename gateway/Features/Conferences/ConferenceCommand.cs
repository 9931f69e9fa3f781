using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>A command on one KK, carrying who asks and the If-Match they sent.</summary>
public interface IConferenceCommand
{
    Caller Caller { get; }

    Guid ConferenceId { get; }

    string? IfMatch { get; }
}

/// <summary>What a command on a KK answers: its new ETag.</summary>
public sealed record Changed(string ETag)
{
    public static Changed To(long version) => new(ETags.ForVersion(version));
}

/// <summary>
/// A KK's ETag is the number of its last event (LV1), so the version a participant sees live and
/// the one they send in If-Match are the same number. A command is one grain call: the If-Match
/// goes with it, the grain checks tenant and participant first (a foreign id answers 404, never
/// 412), then the version, in the turn that makes the change, and answers the new version.
/// </summary>
internal static class ConferenceCommands
{
    public static IConferenceGrain Conference(this IClusterClient cluster, IConferenceCommand command) =>
        cluster.Reference<IConferenceGrain>(command.ConferenceId);

    public static IfMatch Expected(this IConferenceCommand command, bool required = false) =>
        Contracts.IfMatch.From(command.IfMatch, required);
}
