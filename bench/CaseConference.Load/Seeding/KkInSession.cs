using System.Net;

namespace CaseConference.Load.Seeding;

/// <summary>
/// An urgent KK (KK6) of a seeded panti with its six people invited, all present, opened by the chair in turn (KK2).
/// </summary>
public static class KkInSession
{
    /// <param name="beforeOpening">Runs on the planned KK once everyone is invited, before attendance (to fill its
    /// agenda).</param>
    public static async Task<Guid> SeedAsync(Api api, SeededPanti panti, Func<Guid, Task>? beforeOpening = null)
    {
        var pimpinan = panti.Tokens["pimpinan"];
        var created = await api.MustAsync(HttpMethod.Post, "/api/v1/conferences/urgent", pimpinan,
            new { start = DateTimeOffset.UtcNow.AddMinutes(30),
                reason = "Uji beban: notulen langsung ke semua peserta." });
        var id = Guid.Parse(created.Body!["conference"]!["id"]!.GetValue<string>());
        await api.MustAsync(HttpMethod.Post, $"/api/v1/conferences/{id}/approval", pimpinan,
            new { waivePreCirculation = true });
        foreach (var (role, _, capacity) in SeededPanti.People)
        {
            await api.MustAsync(HttpMethod.Post, $"/api/v1/conferences/{id}/participants", pimpinan,
                new { staffId = panti.Staff[role], capacity });
        }

        if (beforeOpening is not null)
        {
            await beforeOpening(id);
        }

        var etag = (await api.MustAsync(HttpMethod.Get, $"/api/v1/conferences/{id}", pimpinan)).ETag;
        var everyone =
            SeededPanti.People.Select(p => new { staffId = panti.Staff[p.Role], mode = "Present" }).ToArray();
        await api.MustAsync(HttpMethod.Put, $"/api/v1/conferences/{id}/attendance", panti.Tokens["sekretaris"],
            new { entries = everyone }, etag);
        // The chair rotates as the panti's KKs open (KK2), so with many opening at once the one in
        // turn may change between attempts: go round the core team a few times.
        for (var round = 0; round < 30; round++)
        {
            foreach (var chair in new[] { "peksos", "psikolog", "medis" })
            {
                var opened = await api.SendAsync(HttpMethod.Post, $"/api/v1/conferences/{id}/open", panti.Tokens[chair],
                    new { lateItemRulings = Array.Empty<object>() });
                if (opened.Status == (int)HttpStatusCode.NoContent)
                {
                    return id;
                }
            }
        }

        throw new InvalidOperationException($"No core member could open KK {id}.");
    }
}
