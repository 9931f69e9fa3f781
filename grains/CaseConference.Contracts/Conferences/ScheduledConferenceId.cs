using System.Security.Cryptography;
using System.Text;

namespace CaseConference.Contracts.Conferences;

/// <summary>
/// The id of the regular KK on one occurrence of a panti's fixed schedule is derived from the
/// panti and the start, so planning the same occurrence twice (after a crash, or on two passes)
/// reaches the same conference instead of creating a second one. Finding 2: the hash starts with a
/// namespace of its own, and every id a panti chooses through the API is itself a hash in another
/// namespace (<c>GrainIds</c>), so no id a panti can choose is one of these. Should the id still be
/// held by something else, the schedule takes the next attempt's id rather than adopting it.
/// A regular KK planned by hand lives under the same ids (one regular KK per slot), so planning a
/// slot twice, by hand or by the schedule, reaches the KK that holds it.
/// </summary>
public static class ScheduledConferenceId
{
    public const int Attempts = 4;

    private static readonly byte[] Namespace = Encoding.ASCII.GetBytes("caseconference:scheduled-kk:v1:");

    public static Guid For(Guid pantiId, DateTimeOffset start, int attempt = 0)
    {
        var input = new byte[Namespace.Length + 16 + 8 + 4];
        Namespace.CopyTo(input, 0);
        pantiId.TryWriteBytes(input.AsSpan(Namespace.Length));
        BitConverter.TryWriteBytes(input.AsSpan(Namespace.Length + 16), start.UtcTicks);
        BitConverter.TryWriteBytes(input.AsSpan(Namespace.Length + 24), attempt);
        return new Guid(SHA256.HashData(input).AsSpan(0, 16));
    }
}
