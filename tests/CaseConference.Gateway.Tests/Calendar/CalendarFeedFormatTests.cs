using System.Text;
using CaseConference.Contracts.Accounts;
using CaseConference.Domain.Conferences;
using Ical.Net;
using Ical.Net.CalendarComponents;
using IcsCalendar = Ical.Net.Calendar;

namespace CaseConference.Gateway.Tests.Calendar;

/// <summary>
/// Issue 10: the calendar feed as calendar apps expect it, read back by an iCalendar parser and
/// line by line as RFC 5545 writes it.
/// </summary>
public sealed class CalendarFeedFormatTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Issue10_the_feed_has_the_panti_zone_sequence_status_description_url_and_refresh()
    {
        var kk = await Sessions.PlanUrgentAsync(world, ("staf", Capacity.InvitedStaff));
        var token = await CalendarTokenAsync("staf");

        var (raw, calendar) = await FeedAsync(token);
        calendar.TimeZones.ShouldContain(z => z.TzId == "Asia/Jakarta");
        raw.ShouldContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
        raw.ShouldContain("X-PUBLISHED-TTL:PT1H\r\n");
        var planned = EventOf(calendar, kk);
        planned.DtStart!.TzId.ShouldBe("Asia/Jakarta");
        planned.Status.ShouldBe(EventStatus.Confirmed);
        planned.LastModified.ShouldNotBeNull();
        planned.Url!.ToString().ShouldEndWith($"/kk/{kk}");
        planned.Description!.ShouldContain("Anda hadir sebagai staf yang diundang");
        planned.Description!.ShouldContain($"/kk/{kk}");

        var cancel = await world.As("pimpinan").Post($"/api/v1/conferences/{kk}/cancel",
            new { reason = "Ditunda; ketua berhalangan, rapat diganti" }, await Sessions.ETagAsync(world, kk));
        cancel.EnsureSuccessStatusCode();
        CalendarEvent? cancelled = null;
        await Poll.Until(async () => (cancelled = EventOf((await FeedAsync(token)).Calendar, kk))
            .Status == EventStatus.Cancelled,
            TimeSpan.FromSeconds(10), "the cancelled KK kept in the feed");
        cancelled!.Status.ShouldBe(EventStatus.Cancelled);
        cancelled.Sequence.ShouldBeGreaterThan(planned.Sequence);
        cancelled.LastModified!.Value.ShouldBeGreaterThanOrEqualTo(planned.LastModified!.Value);
        cancelled.Summary!.ShouldStartWith("Dibatalkan");
    }

    [Fact]
    public async Task Issue10_the_feed_speaks_the_subscribers_language_and_folds_and_escapes_as_RFC_5545_says()
    {
        var pimpinan = world.As("pimpinan");
        var requested = await (await pimpinan.Post("/api/v1/conferences/urgent",
            new { start = DateTimeOffset.UtcNow.AddDays(3), reason = "Klien sakit; perlu keputusan." }))
                .Read<Contracts.Conferences.ConferenceSnapshot>();
        var kk = requested.Conference.Id;
        (await pimpinan.Post($"/api/v1/conferences/{kk}/participants",
            new { staffId = GatewayWorld.StaffId("anggota"), capacity = Capacity.Member }))
            .EnsureSuccessStatusCode();
        (await world.As("anggota").Put("/api/v1/auth/me/language", new { language = "en" })).EnsureSuccessStatusCode();
        var token = await CalendarTokenAsync("anggota");

        var (raw, calendar) = await FeedAsync(token);
        var e = EventOf(calendar, kk);
        e.Status.ShouldBe(EventStatus.Tentative);
        e.Summary.ShouldBe("Urgent case conference (KK)");
        e.Description!.ShouldStartWith("Status: planned, awaiting the pimpinan's approval\nYou take part as member\n");

        // RFC 5545 3.1 and 3.3.11: lines end in CRLF and are at most 75 octets; commas and newlines in text are
        // escaped.
        var unfolded = raw.Replace("\r\n ", "");
        unfolded.ShouldContain("Status: planned\\, awaiting");
        unfolded.ShouldContain("\\nYou take part");
        foreach (var line in raw.Split("\r\n"))
        {
            Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(75, line);
            line.ShouldNotContain('\n');
        }

        raw.Split("\r\n").ShouldContain(l => l.StartsWith(' '), "the long DESCRIPTION is folded");
    }

    private async Task<string> CalendarTokenAsync(string role) =>
        (await (await world.As(role).Post("/api/v1/auth/calendar-token", new { label = "kalender" }))
            .Read<IssuedToken>()).Token;

    private async Task<(string Raw, IcsCalendar Calendar)> FeedAsync(string token)
    {
        var response = await world.Anonymous().GetAsync($"/api/v1/calendar/{token}.ics");
        response.EnsureSuccessStatusCode();
        var raw = await response.Content.ReadAsStringAsync();
        return (raw, IcsCalendar.Load(raw)!);
    }

    private static CalendarEvent EventOf(IcsCalendar calendar, Guid kk) =>
        calendar.Events.Single(e => e.Uid == $"kk-{kk}@caseconference");
}
