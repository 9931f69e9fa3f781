namespace CaseConference.Domain.Conferences;

/// <summary>
/// A long KK holds only its last minutes entries in <see cref="Minutes"/> (issue 9): the entries are
/// rows of their own, and a KK of 5,000 entries must not be read whole to take the next one. The
/// entries numbered before the first one held are counted, not held.
/// </summary>
public sealed partial class Conference
{
    // Not serialized: whoever holds the KK sets it from what it loaded (HoldMinutes).
    private int earlierMinutes;

    /// <summary>How many entries the KK has, held or not; entries are numbered 1 … this without gaps.</summary>
    public int CountMinutes() => earlierMinutes + Minutes.Count;

    /// <summary>Holds <paramref name="last"/>, the last entries of the <paramref name="count"/> the KK has.</summary>
    public void HoldMinutes(IReadOnlyList<MinuteEntry> last, int count)
    {
        Minutes = [.. last];
        earlierMinutes = count - last.Count;
    }

    /// <summary>Lets go of all but the last <paramref name="keep"/> entries held.</summary>
    public void ForgetMinutesBeforeLast(int keep)
    {
        var forget = Math.Max(0, Minutes.Count - keep);
        Minutes.RemoveRange(0, forget);
        earlierMinutes += forget;
    }

    /// <summary>
    /// A copy of this KK holding only its last <paramref name="count"/> minutes entries (none with
    /// 0): a long KK is read a page at a time. This KK is not changed.
    /// </summary>
    public Conference WithLastMinutes(int count)
    {
        var copy = (Conference)MemberwiseClone();
        copy.Minutes = count <= 0 ? [] : [.. Minutes.Skip(Math.Max(0, Minutes.Count - count))];
        copy.earlierMinutes = CountMinutes() - copy.Minutes.Count;
        return copy;
    }

    /// <summary>
    /// KK3: the numbers of the page of up to <paramref name="limit"/> entries numbered below <paramref name="before"/>
    /// (From > To: none).
    /// </summary>
    public (int From, int To) MinutesPage(int before, int limit)
    {
        var to = Math.Clamp(before - 1, 0, CountMinutes());
        return (Math.Max(0, to - limit) + 1, to);
    }

    /// <summary>
    /// Entries <paramref name="from"/> … <paramref name="to"/> if they are all held, else null (read them from their
    /// rows).
    /// </summary>
    public IReadOnlyList<MinuteEntry>? HeldMinutes(int from, int to) =>
        from > to ? [] : from > earlierMinutes ? Minutes.GetRange(from - 1 - earlierMinutes, to - from + 1) : null;

    /// <summary>
    /// KK3: up to <paramref name="limit"/> entries numbered below <paramref name="before"/>, oldest first, of those
    /// held.
    /// </summary>
    public IReadOnlyList<MinuteEntry> MinutesBefore(int before, int limit)
    {
        var (from, to) = MinutesPage(before, limit);
        return HeldMinutes(Math.Max(from, earlierMinutes + 1), to) ?? [];
    }
}
