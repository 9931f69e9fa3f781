using System.Security.Cryptography;
using System.Text;

namespace CaseConference.Contracts;

/// <summary>
/// Ids a caller chooses when creating a client, a KK or a force majeure are scoped to their panti:
/// the resource lives under a key hashed from a namespace of its own, the panti and the chosen id,
/// and answers with that key as its id. Replaying a create with the same chosen id reaches the same
/// resource (409), while another panti's chosen id, or one of its resources' ids, is just a fresh id
/// (finding 11: nothing tells whether it exists elsewhere), and no chosen id can ever land on an id
/// the system derives for a panti (finding 2: <c>ScheduledConferenceId</c> hashes in another namespace).
/// </summary>
public static class GrainIds
{
    private static readonly byte[] Namespace = Encoding.ASCII.GetBytes("caseconference:chosen-id:v1:");

    public static Guid Chosen(Guid pantiId, Guid chosenId)
    {
        var input = new byte[Namespace.Length + 32];
        Namespace.CopyTo(input, 0);
        pantiId.TryWriteBytes(input.AsSpan(Namespace.Length));
        chosenId.TryWriteBytes(input.AsSpan(Namespace.Length + 16));
        return new Guid(SHA256.HashData(input).AsSpan(0, 16));
    }
}
