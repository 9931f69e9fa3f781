using CaseConference.Domain.Clients;
using CaseConference.Domain.Reviews;
using CaseConference.Gateway.Infrastructure;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>Where a client stands on the review clock (RV1), for filtering: its status, or none yet.</summary>
public enum ReviewFilter
{
    Ok,
    DueSoon,
    Overdue,

    /// <summary>No review clock: not placed yet, or out of the programme.</summary>
    NotScheduled,
}

public enum ClientSort
{
    Name,
    RegisterNumber,
    Stage,
    ReviewDue,
}

/// <summary>
/// The client list's search, filters and order, from the query string (names only, Finding 12:
/// a number or a list of names is refused naming the field). Shared by the list and its CSV export.
/// </summary>
public sealed record ClientQuery(
    string? Search = null, string? Stage = null, Guid? PeksosId = null, string? Review = null,
        string? Sort = null, string? Order = null)
{
    public ClientStage? StageValue => QueryNames.Parse<ClientStage>(Stage);

    public ReviewFilter? ReviewValue => QueryNames.Parse<ReviewFilter>(Review);

    public ClientSort SortValue => QueryNames.Parse<ClientSort>(Sort) ?? ClientSort.Name;

    public bool Descending => string.Equals(Order, "desc", StringComparison.OrdinalIgnoreCase);

    public void Validate(Checks checks) => checks
        .OptionalText("search", Search, Checks.MaxShortText)
        .That(QueryNames.IsNameOrAbsent<ClientStage>(Stage), "stage", QueryNames.OneOf<ClientStage>())
        .That(QueryNames.IsNameOrAbsent<ReviewFilter>(Review), "review", QueryNames.OneOf<ReviewFilter>())
        .That(QueryNames.IsNameOrAbsent<ClientSort>(Sort), "sort", QueryNames.OneOf<ClientSort>())
        .That(Order is null || Descending || Order.Equals("asc", StringComparison.OrdinalIgnoreCase),
            "order", "must be asc or desc.")
        .That(PeksosId != Guid.Empty, "peksosId", "is not a staff id.");

    /// <summary>The rows that match, in the order asked; ties by name, then id, so pages never overlap.</summary>
    public IEnumerable<ListClients.Item> Apply(IEnumerable<ListClients.Item> rows)
    {
        var search = Search?.Trim();
        var matching = rows.Where(r =>
            (string.IsNullOrEmpty(search) || r.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                || (r.RegisterNumber?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false))
            && (StageValue is not { } stage || r.Stage == stage)
            && (PeksosId is not { } peksos || r.PeksosId == peksos)
            && (ReviewValue is not { } review || Matches(r.ReviewStatus, review)));
        var ordered = SortValue switch
        {
            ClientSort.RegisterNumber =>
                Ordered(matching, r => r.RegisterNumber ?? "", StringComparer.OrdinalIgnoreCase),
            ClientSort.Stage => Ordered(matching, r => r.Stage, Comparer<ClientStage>.Default),
            // A client without a review clock has no date: last in either direction.
            ClientSort.ReviewDue => matching.OrderBy(r => r.ReviewDueOn is null)
                .ThenBy(r => Descending ? -(r.ReviewDueOn?.DayNumber ?? 0) : r.ReviewDueOn?.DayNumber ?? 0),
            _ => Ordered(matching, r => r.Name, StringComparer.OrdinalIgnoreCase),
        };
        return ordered.ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id);
    }

    private IOrderedEnumerable<ListClients.Item> Ordered<TKey>(IEnumerable<ListClients.Item> rows,
        Func<ListClients.Item, TKey> key, IComparer<TKey> comparer) =>
        Descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    private static bool Matches(ReviewStatus? status, ReviewFilter filter) => filter switch
    {
        ReviewFilter.NotScheduled => status is null,
        ReviewFilter.Ok => status == ReviewStatus.Ok,
        ReviewFilter.DueSoon => status == ReviewStatus.DueSoon,
        _ => status == ReviewStatus.Overdue,
    };
}

/// <summary>Enum names in a query string, matched case-insensitively; numbers and lists are not names.</summary>
public static class QueryNames
{
    public static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => n.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<T>(name) : null;

    public static bool IsNameOrAbsent<T>(string? value) where T : struct, Enum =>
        value is null || Parse<T>(value) is not null;

    public static string OneOf<T>() where T : struct, Enum =>
        $"must be one of {string.Join(", ", Enum.GetNames<T>())}.";
}
