using System.Security.Cryptography;
using System.Text;

namespace CaseConference.Domain.Conferences;

/// <summary>
/// KK10 over a KK whose entries are not all in memory: the same hash as
/// <see cref="MinutesSeal.Compute"/>, fed the entries one page at a time in number order, so sealing
/// or verifying a KK of 5,000 entries holds one page, never the whole text. Every line names its
/// entry's number, so a missing or reordered entry changes the hash.
/// </summary>
public sealed class SealHasher : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Conference kk;

    public SealHasher(Conference kk, string? previousHash)
    {
        this.kk = kk;
        Append(MinutesSeal.Header(kk, previousHash));
    }

    public void Add(MinuteEntry entry) => Append(MinutesSeal.Line(entry));

    /// <summary>The hash, once every entry was added.</summary>
    public string Finish()
    {
        Append(MinutesSeal.Tail(kk));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose() => hash.Dispose();

    private void Append(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
