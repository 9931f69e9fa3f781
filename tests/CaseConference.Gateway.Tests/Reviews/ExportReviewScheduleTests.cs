using System.Net;
using System.Text;
using CaseConference.Gateway.Features.Reviews;
using CaseConference.Gateway.Tests.Authorization;
using CaseConference.Storage;

namespace CaseConference.Gateway.Tests.Reviews;

/// <summary>Issue 10: the review schedule as CSV for the Dinas Sosial (GET /review-schedule.csv).</summary>
public sealed class ExportReviewScheduleTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private const string Url = "/api/v1/review-schedule.csv";
    private readonly Prep prep = new(world);

    [Fact]
    public async Task Issue10_the_csv_is_utf8_with_a_bom_indonesian_headers_and_quoted_fields_one_row_per_review()
    {
        var (register, name) = await PlacedAsync("Budi \"Bule\"; S.Sos, M.Si");

        var response = await GetWhen(world.As("sekretaris"), $"{Url}?search={register}",
            r => r.Contains(register, StringComparison.Ordinal));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldStartWith("jadwal-tinjauan-demo-");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());

        var rows = Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        rows[0].ShouldBe(ExportReviewSchedule.Headers);
        var row = rows.Where(r => r[0] == register).ShouldHaveSingleItem();
        row[1].ShouldBe(name);
        row[2].ShouldBe("Mbak Rina Lestari");
        DateOnly.ParseExact(row[3], "yyyy-MM-dd")
            .ShouldBeGreaterThan(DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(2)));
        row[4].ShouldBe("tepat waktu");
        row[5].ShouldNotBeEmpty("RV2: the placement KK, still in session, has the client on its agenda");
        row[6].ShouldBe("Tidak");
        row[7].ShouldBe("Tidak");
    }

    [Fact]
    public async Task Issue10_a_name_a_spreadsheet_would_run_as_a_formula_is_exported_as_text()
    {
        var (register, _) = await PlacedAsync("=HYPERLINK(\"http://x\")");

        var response = await GetWhen(world.As("pimpinan"), $"{Url}?search={register}",
            r => r.Contains(register, StringComparison.Ordinal));
        var rows = Parse((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        rows.Where(r => r[0] == register).ShouldHaveSingleItem()[1].ShouldBe("'=HYPERLINK(\"http://x\")");
    }

    [Fact]
    public async Task Issue10_the_jadwal_filters_apply_to_the_csv()
    {
        var (register, _) = await PlacedAsync("Klien Saring");
        var pimpinan = world.As("pimpinan");
        await GetWhen(pimpinan, $"{Url}?search={register}", r => r.Contains(register, StringComparison.Ordinal));

        (await pimpinan.GetStringAsync($"{Url}?status=OnAgenda&search={register}")).ShouldContain(register);
        (await pimpinan.GetStringAsync($"{Url}?status=ok&peksosId={GatewayWorld.StaffId("peksos")}"))
            .ShouldContain(register);
        (await pimpinan.GetStringAsync($"{Url}?status=Overdue")).ShouldNotContain(register);
        (await pimpinan.GetStringAsync($"{Url}?peksosId={GatewayWorld.StaffId("psikolog")}"))
            .ShouldNotContain(register);
        (await pimpinan.GetStringAsync($"{Url}?search=tidak-ada-klien-ini")).Split("\r\n",
            StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task CL6_the_export_holds_the_rows_whose_case_record_the_caller_reads_and_each_export_is_audited()
    {
        var (register, _) = await PlacedAsync("Klien Terbatas");
        await GetWhen(world.As("sekretaris"), $"{Url}?search={register}",
            r => r.Contains(register, StringComparison.Ordinal));

        // A core member (here also its responsible peksos) takes the row; the anggota, who reads no case record here,
        // only the headers.
        (await world.As("peksos").GetStringAsync($"{Url}?search={register}")).ShouldContain(register);
        var anggota = await world.As("anggota").GetStringAsync(Url);
        anggota.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem()
            .ShouldStartWith("Nomor register;Nama;");

        var trail = await AuditTrail.OfAsync(world, Gateway.Commands.DemoSeed.PantiId);
        trail.ShouldContain(e => e.Is("anggota", AuditActions.ReviewScheduleExported, "0 rows; no filter"));
        trail.ShouldContain(e => e.Is("peksos", AuditActions.ReviewScheduleExported, $"1 rows; search={register}"));
    }

    [Fact]
    public async Task TN1_another_pantis_csv_holds_none_of_this_pantis_clients()
    {
        var (register, _) = await PlacedAsync("Klien Rahasia");
        await GetWhen(world.As("pimpinan"), Url, r => r.Contains(register, StringComparison.Ordinal));

        var foreign = await world.As(GatewayWorld.Foreign).GetStringAsync(Url);
        foreign.ShouldNotContain(register);
        foreign.ShouldNotContain("Slamet");
    }

    [Fact]
    public async Task Issue10_an_unknown_status_is_refused_naming_the_field()
    {
        var problem = await (await world.As("pimpinan").GetAsync($"{Url}?status=Later"))
            .Problem(HttpStatusCode.UnprocessableEntity);
        problem.Fields().ShouldBe(["status"]);
    }

    /// <summary>
    /// CL2: a client registered under <paramref name="fullName"/> and placed by a KK still in session.
    /// </summary>
    private async Task<(string Register, string Name)> PlacedAsync(string fullName)
    {
        var client = await prep.DefinitiveCandidateAsync();
        var register = $"REG-{Guid.NewGuid():N}"[..14];
        (await world.As("staf").Put($"/api/v1/clients/{client}/registration", new
        {
            registerNumber = register, clientMasterNumber = "PSBK-9", fullName, birthDate = "1990-01-02",
            sex = "Male", origin = "Jakarta", referringAgency = "Dinas Sosial",
        })).EnsureSuccessStatusCode();
        (await prep.Pimpinan.Put($"/api/v1/clients/{client}/peksos", new { peksosId = GatewayWorld.StaffId("peksos") }))
            .EnsureSuccessStatusCode();
        await prep.MoveAsync(client, "Diagnostic", "AwaitingPlacementKk");
        var (kk, item) = await prep.KkWithItemAsync(client, open: true);
        (await world.As("sekretaris").Post($"/api/v1/conferences/{kk}/decisions",
            new { itemId = item, decision = Prep.Placement() })).EnsureSuccessStatusCode();
        return (register, fullName);
    }

    /// <summary>
    /// The export once it shows what <paramref name="shows"/> looks for (the schedule hears of a placement one way,
    /// soon after).
    /// </summary>
    private static async Task<HttpResponseMessage> GetWhen(HttpClient client, string url, Func<string, bool> shows)
    {
        HttpResponseMessage? last = null;
        await Poll.Until(async () =>
        {
            last = await client.GetAsync(url);
            last.StatusCode.ShouldBe(HttpStatusCode.OK);
            return shows(await last.Content.ReadAsStringAsync());
        }, TimeSpan.FromSeconds(30), $"the export {url}");
        return last!;
    }

    /// <summary>
    /// RFC 4180 with the export's separator: fields split on semicolons outside quotes, a doubled quote inside them is
    /// one quote, rows end with CRLF.
    /// </summary>
    private static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                c.ShouldNotBe('\n', "a bare LF outside quotes");
                field.Append(c);
            }
        }

        field.Length.ShouldBe(0, "the last row ends with CRLF");
        return rows;
    }
}
