using System.Net;
using CaseConference.Gateway.Features.Audit;
using CaseConference.Gateway.Tests.Authorization;
using CaseConference.Storage;

namespace CaseConference.Gateway.Tests.Audit;

/// <summary>
/// Issue 10, the pimpinan's desk: GET /audit-log filters by person, client, kind and days, newest first, paged with the
/// total.
/// </summary>
public sealed class ReadAuditLogTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private readonly Prep prep = new(world);

    [Fact]
    public async Task CL6_the_log_filters_by_client_person_and_kind_newest_first_and_names_who_and_whom()
    {
        var client = await prep.ClientAsync();
        (await world.As("psikolog").GetAsync($"/api/v1/clients/{client}")).EnsureSuccessStatusCode();
        (await world.As("staf").GetAsync($"/api/v1/clients/{client}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await world.As("medis").GetAsync($"/api/v1/clients/{client}")).EnsureSuccessStatusCode();

        var all = await Page($"?clientId={client}");
        all.Total.ShouldBe(3);
        all.Items.Select(l => l.StaffId)
            .ShouldBe([GatewayWorld.StaffId("medis"), GatewayWorld.StaffId("staf"), GatewayWorld.StaffId("psikolog")]);
        all.Items.ShouldAllBe(l => !string.IsNullOrEmpty(l.ClientName) && l.SubjectId == client);
        all.Items[0].StaffName.ShouldNotBeNullOrEmpty();
        (all.Items[0].Reason, all.Items[0].Via).ShouldBe(("CoreTeam", null));

        var psikolog = await Page($"?clientId={client}&staffId={GatewayWorld.StaffId("psikolog")}");
        psikolog.Items.ShouldHaveSingleItem().Action.ShouldBe(AuditActions.CaseRecordRead);
        var refused = await Page($"?clientId={client}&kind=case_record.refused");
        (refused.Total, refused.Items.Single().StaffId, refused.Items.Single().Reason)
            .ShouldBe((1, GatewayWorld.StaffId("staf"), "case_record_confidential"));
    }

    [Fact]
    public async Task CL6_pages_do_not_overlap_and_days_are_whole_days_in_the_pantis_zone()
    {
        var client = await prep.ClientAsync();
        foreach (var role in new[] { "peksos", "psikolog", "medis" })
        {
            (await world.As(role).GetAsync($"/api/v1/clients/{client}")).EnsureSuccessStatusCode();
        }

        var all = await Page($"?clientId={client}");
        var first = await Page($"?clientId={client}&limit=2");
        var second = await Page($"?clientId={client}&offset=2&limit=2");
        (first.Total, first.Offset, first.Limit, second.Items.Count).ShouldBe((3, 0, 2, 1));
        first.Items.Concat(second.Items).Select(l => l.At).ShouldBe(all.Items.Select(l => l.At));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await Page($"?clientId={client}&from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}"))
            .Total.ShouldBe(3);
        (await Page($"?clientId={client}&from={today.AddDays(2):yyyy-MM-dd}")).Total.ShouldBe(0);
        (await Page($"?clientId={client}&to={today.AddDays(-2):yyyy-MM-dd}")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task CL6_each_csv_export_is_a_kind_of_its_own_with_its_row_count_and_filters()
    {
        (await world.As("psikolog").GetAsync("/api/v1/review-schedule.csv?status=Overdue")).EnsureSuccessStatusCode();
        (await world.As("psikolog").GetAsync("/api/v1/clients/export.csv?stage=Candidate")).EnsureSuccessStatusCode();

        var psikolog = GatewayWorld.StaffId("psikolog");
        var schedule = (await Page($"?staffId={psikolog}&kind=review_schedule.exported")).Items;
        schedule.ShouldNotBeEmpty();
        schedule.ShouldAllBe(l => l.Action == AuditActions.ReviewScheduleExported);
        schedule[0].Detail.ShouldEndWith("rows; status=Overdue");
        var clients = (await Page($"?staffId={psikolog}&kind=client_list.exported")).Items;
        clients[0].Detail.ShouldEndWith("rows; stage=Candidate");
    }

    [Fact]
    public async Task Finding12_filters_and_paging_take_ids_names_days_and_sane_numbers_only_naming_the_field()
    {
        foreach (var (query, field) in new[]
        {
            ($"?staffId={Guid.Empty}", "staffId"), ($"?clientId={Guid.Empty}", "clientId"), ("?kind=read", "kind"),
            ("?from=3-12-2026", "from"), ("?to=tomorrow", "to"), ("?from=2026-12-03&to=2026-12-02", "to"),
            ("?limit=0", "limit"), ("?limit=1001", "limit"), ("?offset=-1", "offset"),
        })
        {
            var problem = await (await world.As("pimpinan").GetAsync($"/api/v1/audit-log{query}"))
                .Problem(HttpStatusCode.UnprocessableEntity);
            problem.Fields().ShouldBe([field], query);
        }
    }

    [Fact]
    public async Task CL6_only_the_pimpinan_reads_the_log()
    {
        var problem = await (await world.As("sekretaris").GetAsync("/api/v1/audit-log"))
            .Problem(HttpStatusCode.Forbidden);
        problem.Code().ShouldBe("pimpinan_only");
    }

    private async Task<ReadAuditLog.AuditLogPage> Page(string query) =>
        await (await world.As("pimpinan").GetAsync($"/api/v1/audit-log{query}")).Read<ReadAuditLog.AuditLogPage>();
}
