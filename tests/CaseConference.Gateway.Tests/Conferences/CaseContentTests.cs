using System.Net;
using System.Text.Json.Nodes;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>
/// Finding 3: a KK's snapshot, events and live hub show case content only to those CL6 allows at
/// the time of the read; everyone else sees the KK with that content withheld, and both answers are audited.
/// </summary>
public sealed class CaseContentTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private const string Note = "Catatan rahasia tentang keluarga";
    private const string CaseSummary = "Ringkasan kasus: trauma masa kecil";
    private const string PostSummary = "Hasil KK: mulai pelatihan kerja";

    /// <summary>Every piece of case content the KK below holds, as it would appear in JSON.</summary>
    private static readonly string[] Content = [Note, CaseSummary, PostSummary, "Kehilangan pekerjaan",
        "Bimbingan keterampilan"];

    [Fact]
    public async Task Finding03_closed_kk_hides_case_content_from_former_participants()
    {
        var (client, kk) = await PlannedWithSummaryAsync();
        var during = await SnapshotAs("anggota", kk);
        during.Conference.Agenda.Single().Summary!.Text.ShouldBe(CaseSummary); // CL6: on the agenda of an open KK
        during.Conference.Agenda.Single().CaseContentWithheld.ShouldBeFalse();

        await CloseWithDecisionAndSummaryAsync(client, kk);

        var raw = await (await world.As("anggota").GetAsync($"/api/v1/conferences/{kk}")).Content.ReadAsStringAsync();
        Content.ShouldAllBe(text => !raw.Contains(text));
        var after = await SnapshotAs("anggota", kk);
        var item = after.Conference.Agenda.ShouldHaveSingleItem();
        (item.ClientId, item.CaseContentWithheld, item.Note, item.Summary!.Text).ShouldBe((client, true, null, null));
        var decision = after.Conference.Decisions.ShouldHaveSingleItem();
        (decision.ClientId, decision.CaseContentWithheld, decision.Decision).ShouldBe((client, true, null));
        var summary = after.Conference.PostKkSummaries.ShouldHaveSingleItem();
        (summary.ClientId, summary.CaseContentWithheld, summary.Text, summary.FiledAt is null)
            .ShouldBe((client, true, null, false));
        var listed = JsonNode.Parse(await (await world.As("anggota").GetAsync($"/api/v1/conferences/{kk}/clients"))
            .Content.ReadAsStringAsync())!;
        (listed[0]!["name"], listed[0]!["caseContentWithheld"]!.GetValue<bool>()).ShouldBe((null, true));
        (await world.As("anggota").GetAsync($"/api/v1/clients/{client}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        foreach (var reader in new[] { "pimpinan", "sekretaris", "peksos", "psikolog" })
        {
            var full = await SnapshotAs(reader, kk);
            full.Conference.Agenda.Single().Summary!.Text.ShouldBe(CaseSummary, reader);
            full.Conference.Decisions.Single().Decision.ShouldBeOfType<PlaceInProgramme>(reader)
                .Hypothesis.WhyInDifficulty.ShouldBe("Kehilangan pekerjaan");
            full.Conference.PostKkSummaries.Single().Text.ShouldBe(PostSummary, reader);
        }
    }

    [Fact]
    public async Task Finding03_hub_join_after_close_sends_no_case_content()
    {
        var (client, kk) = await PlannedWithSummaryAsync();
        await using var early = await Participant.ConnectAsync(world, "anggota");
        (await early.JoinAsync(kk)).Conference.Agenda.Single().Summary!.Text.ShouldBe(CaseSummary);

        await CloseWithDecisionAndSummaryAsync(client, kk);

        await using var anggota = await Participant.ConnectAsync(world, "anggota");
        var joined = await anggota.JoinAsync(kk);
        joined.Conference.Agenda.Single().CaseContentWithheld.ShouldBeTrue();
        joined.Conference.Decisions.Single().Decision.ShouldBeNull();
        await using var psikolog = await Participant.ConnectAsync(world, "psikolog");
        (await psikolog.JoinAsync(kk)).Conference.Decisions.Single().Decision.ShouldBeOfType<PlaceInProgramme>();

        // What the group heard live while the anggota followed: every event, none with case content.
        await Poll.Until(() => early.EventsOf(kk).Any(e => e.Kind == nameof(PostKkSummaryFiled)),
            TimeSpan.FromSeconds(30), "the KK's last event live");
        early.EventsOf(kk).Select(e => e.Kind).ShouldContain(nameof(DecisionRecorded));
        early.EventsOf(kk).ShouldAllBe(e => Content.All(text => !e.Payload.ToJsonString().Contains(text)));
    }

    [Fact]
    public async Task Finding03_events_carry_no_case_content_for_anyone()
    {
        var (client, kk) = await PlannedWithSummaryAsync();
        await CloseWithDecisionAndSummaryAsync(client, kk);

        foreach (var follower in new[] { "anggota", "pimpinan" })
        {
            var raw = await (await world.As(follower).GetAsync($"/api/v1/conferences/{kk}/events?after=0"))
                .Content.ReadAsStringAsync();
            raw.ShouldContain(nameof(DecisionRecorded));
            Content.ShouldAllBe(text => !raw.Contains(text), follower);
        }
    }

    [Fact]
    public async Task Finding03_every_case_content_read_and_refusal_is_audited()
    {
        var (client, kk) = await PlannedWithSummaryAsync();
        await CloseWithDecisionAndSummaryAsync(client, kk);
        var before = (await AuditTrail.OfAsync(world, client)).Count;
        var via = $"via conference:{kk}";

        await SnapshotAs("anggota", kk);
        await SnapshotAs("anggota", kk);
        await SnapshotAs("psikolog", kk);
        (await world.As("anggota").GetAsync($"/api/v1/conferences/{kk}/events?after=0"))
            .EnsureSuccessStatusCode(); // no content, no line
        await using (var hub = await Participant.ConnectAsync(world, "medis"))
        {
            await hub.JoinAsync(kk);
        }

        var trail = (await AuditTrail.OfAsync(world, client)).Skip(before).ToList();
        trail.Count.ShouldBe(4, string.Join("\n", trail)); // one line per read per client, not per item or event
        trail.Count(e => e.Is("anggota", "case_record.refused", $"case_record_confidential {via}")).ShouldBe(2);
        trail.ShouldContain(e => e.Is("psikolog", "case_record.read", $"CoreTeam {via}"));
        trail.ShouldContain(e => e.Is("medis", "case_record.read", $"CoreTeam {via}"));
    }

    private async Task<ConferenceSnapshot> SnapshotAs(string role, Guid kk) =>
        await (await world.As(role).GetAsync($"/api/v1/conferences/{kk}")).Read<ConferenceSnapshot>();

    /// <summary>A placement KK (the anggota takes part) with a note and the peksos's case summary.</summary>
    private async Task<(Guid Client, Guid Kk)> PlannedWithSummaryAsync()
    {
        var prep = new Prep(world);
        var client = await prep.AwaitingPlacementAsync();
        var kk = await Sessions.PlanUrgentAsync(world);
        var added = await (await world.As("sekretaris").Post($"/api/v1/conferences/{kk}/agenda",
            new { clientId = client, purpose = "Placement", note = Note }, await Sessions.ETagAsync(world, kk)))
                .Read<Prep.JsonItem>();
        (await world.As("peksos").Post($"/api/v1/conferences/{kk}/agenda/{added.ItemId}/summary",
            new { text = CaseSummary },
            await Sessions.ETagAsync(world, kk))).EnsureSuccessStatusCode();
        return (client, kk);
    }

    /// <summary>The session: the placement decision, close (and seal), then the post-KK summary (KK11).</summary>
    private async Task CloseWithDecisionAndSummaryAsync(Guid client, Guid kk)
    {
        await Sessions.OpenAsync(world, kk);
        var item = (await Sessions.SnapshotAsync(world, kk)).Conference.Agenda.Single().Id;
        var secretary = world.As("sekretaris");
        (await secretary.Post($"/api/v1/conferences/{kk}/decisions", new { itemId = item, decision = Prep.Placement() },
            await Sessions.ETagAsync(world, kk))).EnsureSuccessStatusCode();
        (await secretary.Post($"/api/v1/conferences/{kk}/close", null, await Sessions.ETagAsync(world, kk)))
            .EnsureSuccessStatusCode();
        (await world.As("peksos").Post($"/api/v1/conferences/{kk}/summaries",
            new { clientId = client, text = PostSummary },
            await Sessions.ETagAsync(world, kk))).EnsureSuccessStatusCode();
    }
}
