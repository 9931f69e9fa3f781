using System.Security.Cryptography;

namespace CaseConference.Grains.Reviews;

/// <summary>
/// The id of the regular KK on one occurrence of a panti's fixed schedule is derived from the
/// panti and the start, so planning the same occurrence twice (after a crash, or on two passes)
/// reaches the same conference instead of creating a second one.
/// </summary>
internal static class ScheduledConferenceId
{
    public static Guid For(Guid pantiId, DateTimeOffset start)
    {
        Span<byte> input = stackalloc byte[24];
        pantiId.TryWriteBytes(input);
        BitConverter.TryWriteBytes(input[16..], start.UtcTicks);
        return new Guid(SHA256.HashData(input)[..16]);
    }
}
