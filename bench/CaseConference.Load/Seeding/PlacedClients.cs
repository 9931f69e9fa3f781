namespace CaseConference.Load.Seeding;

/// <summary>
/// Clients of one panti through the API: all opened by the peksos; the first <c>placed</c> of them
/// also registered, given a responsible peksos, taken to the placement KK and placed in the
/// programme by its decision (CL2), which starts their review clock, as a panti's clients are.
/// Fifty to a KK.
/// </summary>
public static class PlacedClients
{
    private const int PerKk = 50;

    public static async Task SeedAsync(LoadRun run, SeededPanti panti, int count, int placed)
    {
        var api = run.Api!;
        var ids = new Guid[count];
        await ForEach(run, Enumerable.Range(0, count), 8, async i =>
        {
            var opened = await api.MustAsync(HttpMethod.Post, "/api/v1/clients", panti.Tokens["peksos"],
                new { name = $"Klien Uji {i}", where = $"Pasar {i % 50}" });
            ids[i] = Guid.Parse(opened.Body!["id"]!.GetValue<string>());
        });

        var toPlace = ids.Take(placed).ToList();
        await ForEach(run, toPlace, 8, client => AwaitingPlacementAsync(api, panti, client));
        await ForEach(run, toPlace.Chunk(PerKk), 4, async batch =>
        {
            var items = new List<Guid>();
            var kk = await KkInSession.SeedAsync(api, panti, async id =>
            {
                var etag =
                    (await api.MustAsync(HttpMethod.Get, $"/api/v1/conferences/{id}", panti.Tokens["pimpinan"])).ETag;
                foreach (var client in batch)
                {
                    var added = await api.MustAsync(HttpMethod.Post, $"/api/v1/conferences/{id}/agenda",
                        panti.Tokens["sekretaris"],
                        new { clientId = client, purpose = "Placement", note = "Penempatan awal." }, etag);
                    items.Add(Guid.Parse(added.Body!["itemId"]!.GetValue<string>()));
                    etag = added.ETag ?? added.Body!["eTag"]?.GetValue<string>();
                }
            });
            foreach (var item in items)
            {
                await api.MustAsync(HttpMethod.Post, $"/api/v1/conferences/{kk}/decisions", panti.Tokens["sekretaris"],
                    new { itemId = item, decision = Placement });
            }
        });
    }

    private static readonly object Placement = new
    {
        type = "PlaceInProgramme",
        hypothesis = new { whyInDifficulty = "Kehilangan pekerjaan", cause = "Tidak ada keluarga",
            howToHelp = "Pelatihan kerja" },
        firstFormulation = new[] { new { number = 1, text = "Bimbingan keterampilan" },
            new { number = 2, text = "Konseling" } },
    };

    private static async Task AwaitingPlacementAsync(Api api, SeededPanti panti, Guid client)
    {
        foreach (var to in new[] { "Candidate", "InSelection", "DefinitiveCandidate" })
        {
            await api.MustAsync(HttpMethod.Post, $"/api/v1/clients/{client}/stage", panti.Tokens["peksos"],
                new { to, why = "Langkah berikut." });
        }

        await api.MustAsync(HttpMethod.Put, $"/api/v1/clients/{client}/registration", panti.Tokens["sekretaris"], new
        {
            registerNumber = $"REG-{client:N}"[..16], clientMasterNumber = "PSBK-LOAD", fullName = "Klien Uji Beban",
                birthDate = "1990-01-02",
            sex = "Male", origin = "Jakarta", referringAgency = "Dinas Sosial",
        });
        await api.MustAsync(HttpMethod.Put, $"/api/v1/clients/{client}/peksos", panti.Tokens["pimpinan"],
            new { peksosId = panti.Staff["peksos"] });
        foreach (var to in new[] { "Diagnostic", "AwaitingPlacementKk" })
        {
            await api.MustAsync(HttpMethod.Post, $"/api/v1/clients/{client}/stage", panti.Tokens["peksos"],
                new { to, why = "Langkah berikut." });
        }
    }

    private static Task ForEach<T>(LoadRun run, IEnumerable<T> items, int inFlight, Func<T, Task> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = inFlight,
            CancellationToken = run.Cancel }, async (item, _) => await body(item));
}
