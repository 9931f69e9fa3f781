namespace CaseConference.Domain.Conferences;

public sealed partial class Conference
{
    /// <summary>
    /// A copy of this KK holding only its last <paramref name="count"/> minutes entries (none with
    /// 0): a long KK is read a page at a time, and its entries are stored as rows of their own.
    /// This KK is not changed.
    /// </summary>
    public Conference WithLastMinutes(int count)
    {
        var copy = (Conference)MemberwiseClone();
        copy.Minutes = count <= 0 ? [] : [.. Minutes.Skip(Math.Max(0, Minutes.Count - count))];
        return copy;
    }

    /// <summary>KK3: up to <paramref name="limit"/> entries numbered below <paramref name="before"/>, oldest first.</summary>
    public IReadOnlyList<MinuteEntry> MinutesBefore(int before, int limit)
    {
        var end = Math.Clamp(before - 1, 0, Minutes.Count); // entry n is Minutes[n - 1]
        var start = Math.Max(0, end - limit);
        return Minutes.GetRange(start, end - start);
    }
}
