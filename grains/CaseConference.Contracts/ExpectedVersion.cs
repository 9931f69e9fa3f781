namespace CaseConference.Contracts;

/// <summary>
/// The version a caller read before changing a KK (its If-Match), carried with the next grain call
/// so the grain compares it inside the same turn that makes the change: nothing can land between
/// the check and the change. The grain takes it off the context at once, so calls it makes in
/// turn (to clients, the schedule) do not carry it along.
/// </summary>
public static class ExpectedVersion
{
    /// <summary>The refusal code of a stale expected version (HTTP 412).</summary>
    public const string StaleCode = "stale_etag";

    private const string Key = "cc-expected-version";

    public static void Set(long version) => RequestContext.Set(Key, version);

    public static void Clear() => RequestContext.Remove(Key);

    public static long? Take()
    {
        var version = RequestContext.Get(Key) as long?;
        Clear();
        return version;
    }
}
