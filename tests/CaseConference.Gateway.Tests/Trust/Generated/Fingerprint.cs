using System.Text;
using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>
/// A cheap picture of what a request could have changed in the fixture panti: the resource it aims
/// at (body and ETag), the resource a create would make, the panti and its settings for panti
/// operations, and the review schedule (which holds the client and KK lists).
/// </summary>
public static class Fingerprint
{
    public static async Task<string> TakeAsync(FuzzPanti panti, ApiOperation op, Target target, ApiRequest request)
    {
        var urls = new List<string> { "/api/v1/review-schedule" };
        if (target.State is not ("foreign" or "unknown"))
        {
            urls.AddRange(Resource("/api/v1/conferences", target.Conference));
            urls.AddRange(Resource("/api/v1/clients", target.Client));
            urls.AddRange(Resource("/api/v1/force-majeure", target.ForceMajeure));
        }

        if (op.Template.StartsWith("/api/v1/panti", StringComparison.Ordinal))
        {
            urls.AddRange(["/api/v1/panti", "/api/v1/panti/settings"]);
        }

        if (op.Method == "POST" && !op.Template.Contains('{', StringComparison.Ordinal)
            && CreatedId(request) is { } created)
        {
            var collection = ValidRequests.Normalize(op.Template);
            urls.Add(collection.EndsWith("/staff", StringComparison.Ordinal) ? "/api/v1/panti"
                : $"{collection}/{created}");
        }

        var picture = new StringBuilder();
        foreach (var url in urls)
        {
            var (status, etag, body) = await panti.ReadAsync(url);
            picture.Append(url).Append(' ').Append(status).Append(' ').Append(etag).Append(' ')
                .AppendLine(body?.ToJsonString());
        }

        return picture.ToString();
    }

    /// <summary>
    /// Waits until nothing changes any more, so what an accepted request set off is not blamed on the
    /// next one. "Nothing changes" means the same picture for longer than the review schedule gathers
    /// notices before it writes them (<see cref="QuietFor"/>); two equal reads 20 ms apart were not
    /// enough: a notice still being gathered then changed the schedule under the next, refused, request.
    /// </summary>
    public static async Task<string> SettledAsync(FuzzPanti panti, ApiOperation op, Target target, ApiRequest request)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var last = await TakeAsync(panti, op, target, request);
        var since = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline && DateTime.UtcNow - since < QuietFor)
        {
            await Task.Delay(50);
            var next = await TakeAsync(panti, op, target, request);
            if (next != last)
            {
                last = next;
                since = DateTime.UtcNow;
            }
        }

        return last;
    }

    /// <summary>
    /// Longer than the schedule's default <c>Schedule:ChangeCoalescing</c> (250 ms) and a pass after it.
    /// </summary>
    private static readonly TimeSpan QuietFor = TimeSpan.FromMilliseconds(400);

    /// <summary>The first line that differs, to say what a refused request changed.</summary>
    public static string Difference(string before, string after) =>
        before.Split('\n').Zip(after.Split('\n')).Where(p => p.First != p.Second)
            .Select(p => $"before: {Shorten(p.First)}\n after: {Shorten(p.Second)}").FirstOrDefault()
                ?? "(line count changed)";

    private static IEnumerable<string> Resource(string collection, Guid? id) =>
        id is { } value ? [$"{collection}/{value}"] : [];

    private static string? CreatedId(ApiRequest request) =>
        request.Body is JsonObject body && body["id"] is JsonValue v && v.TryGetValue<string>(out var s)
            && Guid.TryParse(s, out _) ? s : null;

    private static string Shorten(string text) => text.Length <= 600 ? text : $"{text[..600]}…";
}
