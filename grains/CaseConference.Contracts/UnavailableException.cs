namespace CaseConference.Contracts;

/// <summary>
/// Something the cluster depends on failed for now (PostgreSQL unreachable, a silo gone), not a
/// rule and not a bug. It crosses the silo boundary as itself, so the gateway answers 503 with
/// <see cref="Code"/> and Retry-After instead of an unreadable error; storage exceptions are not
/// serializable and used to arrive as a codec failure (a 500).
/// </summary>
[GenerateSerializer]
public sealed class UnavailableException : Exception
{
    /// <summary>PostgreSQL did not answer: whether the change was written is unknown.</summary>
    public const string StorageCode = "storage_unavailable";

    /// <summary>
    /// No silo answered (one died, or the cluster is starting): whether the change was made is unknown.
    /// </summary>
    public const string ClusterCode = "cluster_unavailable";

    public UnavailableException(string code, string message) : base(message) => Code = code;

    [Id(0)] public string Code { get; }

    public static UnavailableException Storage(Exception cause) =>
        new(StorageCode, $"Storage is unavailable ({cause.GetType().Name}: {cause.Message})");
}
