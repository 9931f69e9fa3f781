using System.Security.Cryptography;
using System.Text;

namespace CaseConference.Contracts;

/// <summary>
/// Issue 9: a grain command that honours the request's Idempotency-Key. The silo's
/// <c>IdempotencyFilter</c> answers a retry with what the first request answered, without running
/// the command again; the same key with another request is refused (409 idempotency_key_reused).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute;

/// <summary>
/// The Idempotency-Key of the HTTP request being served and the fingerprint of what it asks
/// (method, path, body). The gateway attaches it to Orleans' request context, which travels with
/// every grain call the request makes, so no command's signature carries it; the grain that serves
/// an <see cref="IdempotentAttribute"/> command takes it off, so the calls that grain makes do not
/// carry it further.
/// </summary>
public sealed record IdempotentRequest(string Key, string Fingerprint)
{
    public const string Header = "Idempotency-Key";
    public const string ReusedCode = "idempotency_key_reused";
    private const string KeyEntry = "caseconference.idempotency.key";
    private const string FingerprintEntry = "caseconference.idempotency.fingerprint";
    private static readonly byte[] IdNamespace = Encoding.ASCII.GetBytes("caseconference:idempotent-id:v1:");

    public void Attach()
    {
        RequestContext.Set(KeyEntry, Key);
        RequestContext.Set(FingerprintEntry, Fingerprint);
    }

    public static void Detach()
    {
        RequestContext.Remove(KeyEntry);
        RequestContext.Remove(FingerprintEntry);
    }

    /// <summary>The request the current call serves, if it carries a key; the key goes no further.</summary>
    public static IdempotentRequest? Take()
    {
        var found = RequestContext.Get(KeyEntry) is string key
            && RequestContext.Get(FingerprintEntry) is string fingerprint
            ? new IdempotentRequest(key, fingerprint)
            : null;
        if (found is not null)
        {
            Detach();
        }

        return found;
    }

    /// <summary>
    /// The id a create without a chosen id gets from its key, so that a retry reaches the same new
    /// resource (and its recorded answer) instead of creating another.
    /// </summary>
    public Guid NewId(Guid staffId, string path)
    {
        var input = IdNamespace.Concat(staffId.ToByteArray())
            .Concat(Encoding.UTF8.GetBytes($"{path}\n{Key}")).ToArray();
        return new Guid(SHA256.HashData(input).AsSpan(0, 16));
    }
}
