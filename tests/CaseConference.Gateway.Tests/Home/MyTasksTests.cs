using System.Net.Http.Json;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Features.Conferences;
using CaseConference.Gateway.Features.Home;

namespace CaseConference.Gateway.Tests.Home;

/// <summary>Beranda's "my tasks" and the KK list read the panti's register of KKs, kept by every KK change.</summary>
public sealed class MyTasksTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task KK6_an_urgent_KK_is_the_pimpinans_task_until_approved_and_the_list_shows_it_waiting()
    {
        var start = DateTimeOffset.UtcNow.AddDays(2);
        var created = await world.As("peksos").PostAsJsonAsync("/api/v1/conferences/urgent",
            new { start, reason = "Klien kabur dari panti semalam." });
        created.EnsureSuccessStatusCode();
        var id = (await created.Read<Contracts.Conferences.ConferenceSnapshot>()).Conference.Id;

        await Poll.Until(async () => (await Tasks("pimpinan"))
            .Any(t => t.Kind == KkTaskKind.ApproveUrgent && t.ConferenceId == id),
            TimeSpan.FromSeconds(10), "the approval task");
        (await Tasks("peksos")).ShouldNotContain(t => t.Kind == KkTaskKind.ApproveUrgent);
        var row = (await world.As("anggota").GetFromJsonAsync<ListConferences.ConferencePage>("/api/v1/conferences",
            HttpApi.Json))!.Items.Single(r => r.Id == id);
        row.AwaitingApproval.ShouldBeTrue();
        row.Kind.ShouldBe(ConferenceKind.Urgent);
        row.Invited.ShouldBeFalse();

        var etag = (await world.As("pimpinan").GetAsync($"/api/v1/conferences/{id}")).Headers.ETag!.Tag;
        (await world.As("pimpinan").Post($"/api/v1/conferences/{id}/approval", new { waivePreCirculation = true },
            etag)).EnsureSuccessStatusCode();
        await Poll.Until(async () => !(await Tasks("pimpinan"))
            .Any(t => t.ConferenceId == id && t.Kind == KkTaskKind.ApproveUrgent),
            TimeSpan.FromSeconds(10), "the approval task to go");
    }

    [Fact]
    public async Task
        KK1_KK4_a_regular_KK_planned_by_hand_invites_the_standing_members_and_the_peksos_must_write_the_summary()
    {
        var (id, etag) = await PlannedRegularAsync();
        var client = DemoClient;
        var added = await world.As("sekretaris").Post($"/api/v1/conferences/{id}/agenda",
            new { clientId = client, purpose = "Other", note = "Uji." }, etag);
        ((int)added.StatusCode).ShouldBe(201, await added.Content.ReadAsStringAsync());

        await Poll.Until(async () => (await Tasks("peksos"))
            .Any(t => t.Kind == KkTaskKind.WriteCaseSummary && t.ConferenceId == id),
            TimeSpan.FromSeconds(10), "the summary task");
        var task = (await Tasks("peksos")).Single(t => t.Kind == KkTaskKind.WriteCaseSummary && t.ConferenceId == id);
        task.ClientName.ShouldBe("Slamet Riyadi");
        task.Deadline.ShouldBe(task.ConferenceStart.AddHours(-24));
        (await world.As("staf").GetFromJsonAsync<ListConferences.ConferencePage>("/api/v1/conferences?when=Past",
            HttpApi.Json))!.Items
            .ShouldNotContain(r => r.Id == id);
    }

    private static readonly Guid DemoClient = new("0d3e0000-0000-4000-8000-000000000201");

    private async Task<List<GetMyTasks.Item>> Tasks(string role) =>
        (await world.As(role).GetFromJsonAsync<List<GetMyTasks.Item>>("/api/v1/my-tasks", HttpApi.Json))!;

    private async Task<(Guid Id, string ETag)> PlannedRegularAsync()
    {
        var occurrences = (await world.As("sekretaris")
            .GetFromJsonAsync<List<DateTimeOffset>>("/api/v1/conferences/occurrences", HttpApi.Json))!;
        var created = await world.As("sekretaris").PostAsJsonAsync("/api/v1/conferences/regular",
            new { start = occurrences[^1] });
        created.EnsureSuccessStatusCode();
        return ((await created.Read<Contracts.Conferences.ConferenceSnapshot>()).Conference.Id,
            created.Headers.ETag!.Tag);
    }
}
