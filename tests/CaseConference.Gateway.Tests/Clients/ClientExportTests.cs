using System.Net;
using System.Text;
using CaseConference.Gateway.Commands;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Features.Audit;
using CaseConference.Gateway.Infrastructure;
using CaseConference.Storage;

namespace CaseConference.Gateway.Tests.Clients;

/// <summary>Issue 10: the client list as CSV for the Dinas Sosial (filters applied, CL6 respected, audited).</summary>
public sealed class ClientExportTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task
        Issue10_the_csv_is_utf8_with_a_bom_semicolon_separated_with_indonesian_headers_and_the_filters_applied()
    {
        var response = await world.As("sekretaris").GetAsync("/api/v1/clients/export.csv?stage=AwaitingPlacementKk");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(
            "No;Nama;Nomor register;Tahap;Peksos penanggung jawab;Jatuh tempo tinjauan triwulanan;Status tinjauan");
        lines.Skip(1)
            .ShouldContain(l =>
            l.EndsWith(";Slamet Riyadi;REG-2026-001;Menunggu KK penempatan;Mbak Rina Lestari;;belum dijadwalkan",
            StringComparison.Ordinal));
        lines.Skip(1).ShouldAllBe(l => l.Contains(";Menunggu KK penempatan;", StringComparison.Ordinal));
    }

    [Fact]
    public void Issue10_a_field_with_the_separator_a_quote_or_a_line_break_is_quoted_and_a_formula_stays_text()
    {
        CsvText.Field("Budi; alias \"Bob\"").ShouldBe("\"Budi; alias \"\"Bob\"\"\"");
        CsvText.Field("baris\nkedua").ShouldBe("\"baris\nkedua\"");
        CsvText.Field("=HYPERLINK(\"x\")").ShouldBe("\"'=HYPERLINK(\"\"x\"\")\"");
        CsvText.Field("Slamet Riyadi").ShouldBe("Slamet Riyadi");
    }

    [Fact]
    public async Task CL6_a_reader_of_no_case_record_exports_only_the_headers_and_each_export_is_audited()
    {
        var csv = await (await world.As("anggota").GetAsync("/api/v1/clients/export.csv")).Content.ReadAsStringAsync();
        csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem()
            .ShouldStartWith("No;Nama;");

        await (await world.As("pimpinan").GetAsync("/api/v1/clients/export.csv?review=NotScheduled"))
            .Content.ReadAsStringAsync();

        var trail = await AuditTrail.OfAsync(world, DemoSeed.PantiId);
        trail.ShouldContain(e => e.Is("anggota", AuditActions.ClientListExported, "0 rows; no filter"));
        trail.ShouldContain(e =>
            e.StaffId == GatewayWorld.StaffId("pimpinan") && e.Action == AuditActions.ClientListExported
            && e.Detail.EndsWith("rows; review=NotScheduled", StringComparison.Ordinal));
        var exports = await (await world.As("pimpinan")
            .GetAsync($"/api/v1/audit-log?kind={AuditActions.ClientListExported}")).Read<ReadAuditLog.AuditLogPage>();
        exports.Items.ShouldAllBe(e => e.Action == AuditActions.ClientListExported);
        exports.Items.Count.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Finding12_the_export_refuses_a_bad_filter_naming_the_field()
    {
        (await (await world.As("sekretaris").GetAsync("/api/v1/clients/export.csv?stage=5"))
            .Problem(HttpStatusCode.UnprocessableEntity))
            .Fields().ShouldBe(["stage"]);
    }
}
