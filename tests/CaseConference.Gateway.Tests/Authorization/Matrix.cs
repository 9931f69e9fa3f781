namespace CaseConference.Gateway.Tests.Authorization;

/// <summary>
/// Every endpoint of the gateway, as every role of the demo panti and as the pimpinan of another
/// panti. The product rules behind each line are in docs/RULES.md (TN1, CL6, KK3, KK6, FM1, FM2, FM6 …).
/// A new endpoint fails <see cref="AuthorizationMatrixTests"/> until it has a line here.
/// </summary>
public static class Matrix
{
    private static readonly string[] All = GatewayWorld.Roles;
    private static readonly string[] Pimpinan = ["pimpinan"];
    private static readonly string[] Core = ["peksos", "psikolog", "medis"];
    private static readonly string[] CoreAndPimpinan = ["pimpinan", "peksos", "psikolog", "medis"];
    private static readonly string[] Organisers = ["pimpinan", "sekretaris", "peksos", "psikolog", "medis"];
    private static readonly string[] Followers = ["pimpinan", "sekretaris", "peksos", "psikolog", "medis", "anggota"];
    private static readonly string[] CaseReaders = ["pimpinan", "sekretaris", "peksos", "psikolog", "medis"];

    private static readonly HttpMethod Get = HttpMethod.Get, Post = HttpMethod.Post, Put = HttpMethod.Put,
        Delete = HttpMethod.Delete;

    /// <summary>Endpoints exercised elsewhere, with the reason.</summary>
    public static readonly Dictionary<string, string> CoveredElsewhere = new()
    {
        ["* /hubs/conference"] =
            "the SignalR connection itself: Conferences/ConferenceHubTests (authorization on Join)",
        ["* /hubs/schedule"] = "the SignalR connection itself: Reviews/ScheduleHubTests",
        ["* {*path:nonfile}"] =
            "the web app's index.html, public by design (the app itself signs in): Web/WebAppHostingTests",
    };

    public static IReadOnlyList<MatrixCase> Cases { get; } =
    [
        // Anonymous: health, documentation, sign-in.
        new("* /health/live", (_, _) => Call(Get, "/health/live", anonymous: true), 200, All, 200),
        new("* /health/ready", (_, _) => Call(Get, "/health/ready", anonymous: true), 200, All, 200),
        // Prometheus scrapes without signing in; it carries no case content (docs/DEPLOY.md: keep it off the internet).
        new("* /metrics", (_, _) => Call(Get, "/metrics", anonymous: true), 200, All, 200),
        new("GET /openapi/{documentName}.json", (_, _) =>
            Call(Get, "/openapi/v1.json", anonymous: true), 200, All, 200),
        new("GET /api/reference/{documentName?}", (_, _) =>
            Call(Get, "/api/reference", anonymous: true), 200, All, 200),
        new("* /hubs/conference/negotiate", (_, _) =>
            Call(Post, "/hubs/conference/negotiate?negotiateVersion=1"), 200, All, 200),
        new("* /hubs/schedule/negotiate", (_, _) =>
            Call(Post, "/hubs/schedule/negotiate?negotiateVersion=1"), 200, All, 200),
        new("GET /api/reference/scalar.js", (_, _) =>
            Call(Get, "/api/reference/scalar.js", anonymous: true), 200, All, 200),
        new("GET /api/reference/scalar.aspnetcore.js", (_, _) =>
            Call(Get, "/api/reference/scalar.aspnetcore.js", anonymous: true), 200, All, 200),
        new("GET /api/reference/favicon.svg", (_, _) =>
            Call(Get, "/api/reference/favicon.svg", anonymous: true), 200, All, 200),
        new("POST /api/v1/auth/sign-in", (_, r) =>
            Call(Post, "/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCodeOf(r), userName = r,
            password = Gateway.Commands.DemoSeed.Password }, anonymous: true), 200, All, 200),
        new("POST /api/v1/auth/token", (_, r) =>
            Call(Post, "/api/v1/auth/token", new { pantiCode = GatewayWorld.PantiCodeOf(r), userName = r,
            password = Gateway.Commands.DemoSeed.Password, label = "m" }, anonymous: true), 200, All, 200),
        new("GET /api/v1/auth/antiforgery", (_, _) =>
            Call(Get, "/api/v1/auth/antiforgery", anonymous: true), 200, All, 200),
        new("GET /api/v1/calendar/{token}.ics", async (p, r) =>
            C(Get, $"/api/v1/calendar/{(await p.TokenAsync(r, "/api/v1/auth/calendar-token")).Token}.ics",
            anonymous: true), 200, All, 200),

        // Every signed-in person, about themselves.
        new("POST /api/v1/auth/sign-out", (_, _) => Call(Post, "/api/v1/auth/sign-out"), 204, All, 204),
        new("GET /api/v1/auth/me", (_, _) => Call(Get, "/api/v1/auth/me"), 200, All, 200),
        new("PUT /api/v1/auth/me/language", (_, _) =>
            Call(Put, "/api/v1/auth/me/language", new { language = "id" }), 204, All, 204),
        // The same password again: allowed outside a one-time password, and the demo accounts keep theirs.
        new("PUT /api/v1/auth/password", (_, _) => Call(Put, "/api/v1/auth/password",
            new { currentPassword = Gateway.Commands.DemoSeed.Password,
                newPassword = Gateway.Commands.DemoSeed.Password }), 204, All, 204),
        new("GET /api/v1/auth/tokens", (_, _) => Call(Get, "/api/v1/auth/tokens"), 200, All, 200),
        new("POST /api/v1/auth/tokens", (_, _) =>
            Call(Post, "/api/v1/auth/tokens", new { label = "script" }), 200, All, 200),
        new("POST /api/v1/auth/calendar-token", (_, _) =>
            Call(Post, "/api/v1/auth/calendar-token", new { label = "phone" }), 200, All, 200),
        new("DELETE /api/v1/auth/tokens/{tokenId:guid}", async (p, r) =>
            C(Delete, $"/api/v1/auth/tokens/{(await p.TokenAsync(r)).TokenId}"), 204, All, 204),

        // Panti and staff (PE1, PE2, TN2, KK5): reading for all staff, changing for the pimpinan. The other
        // panti's pimpinan acts on their own panti, where this panti's staff ids do not exist.
        new("GET /api/v1/panti/", (_, _) => Call(Get, "/api/v1/panti"), 200, All, 200),
        new("POST /api/v1/panti/staff", (_, _) =>
            Call(Post, "/api/v1/panti/staff", new { name = "Baru", roles = new[] { "Staf" } }), 201, Pimpinan, 201),
        new("PUT /api/v1/panti/staff/{staffId:guid}/roles", async (p, _) =>
            C(Put, $"/api/v1/panti/staff/{await p.StaffAsync()}/roles", new { roles = new[] { "Staf", "Anggota" } }),
            204, Pimpinan, 404),
        new("POST /api/v1/panti/staff/{staffId:guid}/account", async (p, _) =>
            C(Post, $"/api/v1/panti/staff/{await p.StaffAsync()}/account",
            new { userName = $"u{Guid.NewGuid():N}"[..20] }), 200, Pimpinan, 404),
        new("GET /api/v1/panti/staff/{staffId:guid}/account", async (p, _) =>
            C(Get, $"/api/v1/panti/staff/{await p.StaffWithAccountAsync()}/account"), 200, Pimpinan, 404),
        new("POST /api/v1/panti/staff/{staffId:guid}/account/password-reset", async (p, _) =>
            C(Post, $"/api/v1/panti/staff/{await p.StaffWithAccountAsync()}/account/password-reset"), 200, Pimpinan,
                404),
        new("POST /api/v1/panti/staff/{staffId:guid}/account/deactivation", async (p, _) =>
            C(Post, $"/api/v1/panti/staff/{await p.StaffWithAccountAsync()}/account/deactivation"), 204, Pimpinan, 404),
        new("POST /api/v1/panti/staff/{staffId:guid}/account/reactivation", async (p, _) =>
            C(Post, $"/api/v1/panti/staff/{await p.StaffWithAccountAsync()}/account/reactivation"), 204, Pimpinan, 404),
        new("POST /api/v1/panti/core-team", async (p, _) =>
            C(Post, "/api/v1/panti/core-team", new { staffId = await p.StaffAsync(Domain.Staff.StaffRole.Peksos),
            discipline = "Peksos" }), 204, Pimpinan, 404),
        new("DELETE /api/v1/panti/core-team/{staffId:guid}", async (p, _) =>
        {
            var staff = await p.StaffAsync(Domain.Staff.StaffRole.Peksos);
            (await p.Pimpinan.Post("/api/v1/panti/core-team", new { staffId = staff, discipline = "Peksos" }))
                .EnsureSuccessStatusCode();
            return C(Delete, $"/api/v1/panti/core-team/{staff}");
        }, 204, Pimpinan, 404),
        new("PUT /api/v1/panti/force-majeure-proposers/{staffId:guid}", async (p, _) =>
            C(Put, $"/api/v1/panti/force-majeure-proposers/{await p.StaffAsync()}", new { designated = true }), 204,
            Pimpinan, 404),
        new("GET /api/v1/panti/settings", (_, _) => Call(Get, "/api/v1/panti/settings"), 200, All, 200),
        new("PUT /api/v1/panti/settings", async (p, r) =>
        {
            var etag = (await p.World.As(r).GetAsync("/api/v1/panti/settings")).Headers.ETag!.Tag;
            return C(Put, "/api/v1/panti/settings", new { policy = new { reviewDueSoonDays = 14 } }, etag);
        }, 200, Pimpinan, 200),
        new("GET /api/v1/panti/seal-chain", (_, _) => Call(Get, "/api/v1/panti/seal-chain"), 200, All, 200),

        // Clients (CL1, CL5, CL6).
        new("GET /api/v1/clients/", (_, _) => Call(Get, "/api/v1/clients"), 200, All, 200),
        // CL6 decides the rows, not the answer: a reader of no case record gets the headers alone.
        new("GET /api/v1/clients/export.csv", (_, _) => Call(Get, "/api/v1/clients/export.csv"), 200, All, 200),
        new("POST /api/v1/clients/", (_, _) =>
            Call(Post, "/api/v1/clients", new { name = "Klien", where = "Terminal" }), 201, CoreAndPimpinan, 201),
        new("GET /api/v1/clients/{clientId:guid}", async (p, _) =>
            C(Get, $"/api/v1/clients/{await p.ClientAsync()}"), 200, CaseReaders, 404),
        new("GET /api/v1/clients/{clientId:guid}/formulation", async (p, _) =>
            C(Get, $"/api/v1/clients/{await p.ClientAsync()}/formulation"), 200, CaseReaders, 404),
        new("GET /api/v1/clients/{clientId:guid}/conferences", async (p, _) =>
            C(Get, $"/api/v1/clients/{await p.ClientAsync()}/conferences"), 200, CaseReaders, 404),
        new("PUT /api/v1/clients/{clientId:guid}/registration", async (p, _) =>
            C(Put, $"/api/v1/clients/{await p.DefinitiveCandidateAsync()}/registration", Prep.Registration()), 204,
            ["pimpinan", "sekretaris", "staf"], 404),
        new("PATCH /api/v1/clients/{clientId:guid}/registration", async (p, _) =>
            C(HttpMethod.Patch, $"/api/v1/clients/{await p.AwaitingPlacementAsync()}/registration",
                new { fullName = "Klien Uji Baru" }), 204, ["pimpinan", "sekretaris", "staf"], 404),
        new("PUT /api/v1/clients/{clientId:guid}/peksos", async (p, _) =>
            C(Put, $"/api/v1/clients/{await p.ClientAsync()}/peksos",
            new { peksosId = GatewayWorld.StaffId("peksos") }), 204, CoreAndPimpinan, 404),
        new("POST /api/v1/clients/{clientId:guid}/stage", async (p, _) =>
            C(Post, $"/api/v1/clients/{await p.ClientAsync()}/stage", new { to = "Candidate", why = "Termotivasi." }),
            204, CaseReaders, 404),

        // Conferences (KK1-KK11, LV1).
        new("GET /api/v1/conferences/", (_, _) => Call(Get, "/api/v1/conferences?when=Past"), 200, All, 200),
        new("GET /api/v1/conferences/occurrences", (_, _) =>
            Call(Get, "/api/v1/conferences/occurrences"), 200, All, 200),
        new("GET /api/v1/my-tasks", (_, _) => Call(Get, "/api/v1/my-tasks"), 200, All, 200),
        // Issue 10: everyone reads and marks their own inbox only (the key is the caller's own panti and staff id).
        new("GET /api/v1/me/notifications/", (_, _) => Call(Get, "/api/v1/me/notifications?state=all"), 200, All, 200),
        new("POST /api/v1/me/notifications/{id:guid}/read", (_, _) =>
            Call(Post, $"/api/v1/me/notifications/{Guid.NewGuid()}/read"), 204, All, 204),
        new("POST /api/v1/me/notifications/read", (_, _) => Call(Post, "/api/v1/me/notifications/read"), 204, All, 204),
        // KK5: one regular KK per slot, planned once here, so every organiser is answered that KK.
        new("POST /api/v1/conferences/regular", async (p, _) =>
        {
            var start = await NextScheduledAsync(p);
            (await p.Pimpinan.Post("/api/v1/conferences/regular", new { start })).EnsureSuccessStatusCode();
            return C(Post, "/api/v1/conferences/regular", new { start });
        }, 200, Organisers, 409),
        new("POST /api/v1/conferences/urgent", (_, _) => Call(Post, "/api/v1/conferences/urgent",
            new { start = DateTimeOffset.UtcNow.AddDays(1), reason = "Darurat." }), 201, CoreAndPimpinan, 201),
        new("GET /api/v1/conferences/{id:guid}", async (p, _) =>
            C(Get, $"/api/v1/conferences/{await p.PlannedKkAsync()}"), 200, Followers, 404),
        new("GET /api/v1/conferences/{id:guid}/events", async (p, _) =>
            C(Get, $"/api/v1/conferences/{await p.PlannedKkAsync()}/events?after=0"), 200, Followers, 404),
        new("GET /api/v1/conferences/{id:guid}/minutes", async (p, _) =>
            C(Get, $"/api/v1/conferences/{await p.PlannedKkAsync()}/minutes?before=10"), 200, Followers, 404),
        new("GET /api/v1/conferences/{id:guid}/readiness", async (p, _) =>
            C(Get, $"/api/v1/conferences/{await p.PlannedKkAsync()}/readiness"), 200, Followers, 404),
        new("GET /api/v1/conferences/{id:guid}/clients", async (p, _) =>
            C(Get, $"/api/v1/conferences/{await p.PlannedKkAsync()}/clients"), 200, Followers, 404),
        new("GET /api/v1/conferences/{id:guid}/seal", async (p, _) =>
            C(Get, $"/api/v1/conferences/{await p.PlannedKkAsync()}/seal"), 200, All, 404),
        new("POST /api/v1/conferences/{id:guid}/approval", async (p, _) =>
        {
            var snapshot =
                await (await p.Pimpinan.Post("/api/v1/conferences/urgent",
                new { start = DateTimeOffset.UtcNow.AddDays(1), reason = "Darurat." }))
                .Read<Contracts.Conferences.ConferenceSnapshot>();
            return C(Post, $"/api/v1/conferences/{snapshot.Conference.Id}/approval",
                new { waivePreCirculation = true });
        }, 204, Pimpinan, 404),
        new("POST /api/v1/conferences/{id:guid}/participants", async (p, _) =>
            C(Post, $"/api/v1/conferences/{await p.PlannedKkAsync()}/participants",
            new { staffId = GatewayWorld.StaffId("staf"), capacity = "InvitedStaff" }), 204, Organisers, 404),
        new("POST /api/v1/conferences/{id:guid}/deputy-secretary", async (p, _) =>
            C(Post, $"/api/v1/conferences/{await p.PlannedKkAsync()}/deputy-secretary",
            new { staffId = GatewayWorld.StaffId("anggota") }), 204, ["pimpinan", "sekretaris"], 404),
        new("POST /api/v1/conferences/{id:guid}/agenda", async (p, _) =>
        {
            var (kk, client) = (await p.PlannedKkAsync(), await p.ClientAsync());
            return C(Post, $"/api/v1/conferences/{kk}/agenda", new { clientId = client, purpose = "Other" },
                await Sessions.ETagAsync(p.World, kk));
        }, 201, Organisers, 404),
        new("POST /api/v1/conferences/{id:guid}/agenda/{itemId:guid}/summary", async (p, _) =>
        {
            var (kk, item) = await p.KkWithItemAsync(await p.AwaitingPlacementAsync(), open: false);
            return C(Post, $"/api/v1/conferences/{kk}/agenda/{item}/summary", new { text = "Ringkasan kasus." });
        }, 204, ["peksos"], 404),
        new("POST /api/v1/conferences/{id:guid}/agenda/{itemId:guid}/acknowledgement", async (p, _) =>
        {
            var (kk, item) = await p.KkWithItemAsync(await p.AwaitingPlacementAsync(), open: false);
            (await p.World.As("peksos").Post($"/api/v1/conferences/{kk}/agenda/{item}/summary",
                new { text = "Ringkasan." })).EnsureSuccessStatusCode();
            return C(Post, $"/api/v1/conferences/{kk}/agenda/{item}/acknowledgement");
        }, 204, ["psikolog", "medis", "anggota"], 404),
        new("PUT /api/v1/conferences/{id:guid}/attendance/{staffId:guid}", async (p, _) =>
        {
            var kk = await p.PlannedKkAsync();
            return C(Put, $"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId("anggota")}",
                new { mode = "Present" }, await Sessions.ETagAsync(p.World, kk));
        }, 204, ["sekretaris", "anggota"], 404),
        new("PUT /api/v1/conferences/{id:guid}/attendance", async (p, r) =>
        {
            var kk = await p.PlannedKkAsync();
            var staffId = r == GatewayWorld.Foreign ? GatewayWorld.StaffId("anggota") : GatewayWorld.StaffId(r);
            return C(Put, $"/api/v1/conferences/{kk}/attendance",
                new { entries = new[] { new { staffId, mode = "Present" } } }, await Sessions.ETagAsync(p.World, kk));
        }, 204, Followers, 404),
        new("POST /api/v1/conferences/{id:guid}/open", async (p, _) =>
        {
            var kk = await p.PlannedKkAsync();
            await Sessions.AttendAsync(p.World, kk);
            return C(Post, $"/api/v1/conferences/{kk}/open",
                new { lateItemRulings = Array.Empty<object>() }) with { AlsoAllowed = await p.ChairInTurnAsync() };
        }, 204, [], 404),
        new("POST /api/v1/conferences/{id:guid}/minutes", async (p, _) =>
            C(Post, $"/api/v1/conferences/{await InSessionAsync(p)}/minutes", new { text = "Catatan." }), 201,
            ["sekretaris"], 404),
        new("POST /api/v1/conferences/{id:guid}/minutes/{number:int}/amendments", async (p, _) =>
        {
            var kk = await InSessionAsync(p);
            (await p.World.As("sekretaris").Post($"/api/v1/conferences/{kk}/minutes", new { text = "Catatan." }))
                .EnsureSuccessStatusCode();
            return C(Post, $"/api/v1/conferences/{kk}/minutes/1/amendments", new { text = "Koreksi." });
        }, 201, ["sekretaris"], 404),
        new("POST /api/v1/conferences/{id:guid}/decisions", async (p, _) =>
        {
            var (kk, item) = await p.KkWithItemAsync(await p.ClientAsync(), open: true);
            return C(Post, $"/api/v1/conferences/{kk}/decisions",
                new { itemId = item, decision = new { type = "Defer", reason = "Data kurang." } })
                with { AlsoAllowed = await p.ChairRoleAsync(kk) };
        }, 204, ["pimpinan", "sekretaris"], 404),
        new("POST /api/v1/conferences/{id:guid}/close", async (p, _) =>
        {
            var kk = await InSessionAsync(p);
            return C(Post, $"/api/v1/conferences/{kk}/close") with { AlsoAllowed = await p.ChairRoleAsync(kk) };
        }, 204, ["sekretaris"], 404),
        new("POST /api/v1/conferences/{id:guid}/cancel", async (p, _) =>
            C(Post, $"/api/v1/conferences/{await p.PlannedKkAsync()}/cancel", new { reason = "Libur." }), 204,
            CoreAndPimpinan, 404),
        new("POST /api/v1/conferences/{id:guid}/summaries", async (p, _) =>
        {
            var client = await p.AwaitingPlacementAsync();
            var (kk, item) = await p.KkWithItemAsync(client, open: true);
            (await p.World.As("sekretaris").Post($"/api/v1/conferences/{kk}/decisions",
                new { itemId = item, decision = Prep.Placement() })).EnsureSuccessStatusCode();
            (await p.World.As("sekretaris").Post($"/api/v1/conferences/{kk}/close")).EnsureSuccessStatusCode();
            return C(Post, $"/api/v1/conferences/{kk}/summaries",
                new { clientId = client, text = "Ringkasan hasil KK." });
        }, 204, ["peksos"], 404),

        // Force majeure (FM1-FM3): core members, and staff the pimpinan designated.
        new("POST /api/v1/force-majeure/", async (p, _) =>
            C(Post, "/api/v1/force-majeure", new { clientId = await p.PlacedClientAsync(), itemNumber = 1,
            kind = "Postpone", reason = "Sakit." }), 201, Core, 404),
        // CL6: the anggota takes part in the placement KK still in session, with the client on its agenda.
        new("GET /api/v1/force-majeure/{id:guid}", async (p, _) =>
            C(Get, $"/api/v1/force-majeure/{await p.ProposalAsync(await p.PlacedClientAsync())}") with { AlsoAllowed =
            "anggota" }, 200, CaseReaders, 404),
        new("POST /api/v1/force-majeure/{id:guid}/consents", async (p, _) =>
            C(Post, $"/api/v1/force-majeure/{await p.ProposalAsync(await p.PlacedClientAsync())}/consents",
            new { justification = "Setuju secara profesional." }), 200, Core, 404),
        new("GET /api/v1/force-majeure/", (_, _) => Call(Get, "/api/v1/force-majeure"), 200, All, 200),
        // FM2, attested: the secretary records a consent given by phone; the member alone answers it.
        new("POST /api/v1/force-majeure/{id:guid}/attested-consents", async (p, _) =>
            C(Post, $"/api/v1/force-majeure/{await p.ProposalAsync(await p.PlacedClientAsync())}/attested-consents",
            new { staffId = GatewayWorld.StaffId("medis"), how = "telepon", justification = "Setuju lewat telepon." }),
                200, ["sekretaris"], 404),
        new("POST /api/v1/force-majeure/{id:guid}/attested-consents/mine/confirmation", async (p, r) =>
            C(Post, $"/api/v1/force-majeure/{await p.AttestedProposalAsync(r)}/attested-consents/mine/confirmation"),
                200, Core, 404),
        new("POST /api/v1/force-majeure/{id:guid}/attested-consents/mine/refusal", async (p, r) =>
            C(Post, $"/api/v1/force-majeure/{await p.AttestedProposalAsync(r)}/attested-consents/mine/refusal"), 200,
                Core, 404),
        new("POST /api/v1/force-majeure/{id:guid}/objections", async (p, _) =>
            C(Post, $"/api/v1/force-majeure/{await p.ProposalAsync(await p.PlacedClientAsync())}/objections",
            new { reason = "Tidak perlu." }), 200, Core, 404),

        // Review schedule (RV4) and audit log (CL6: the pimpinan's alone; the other panti's pimpinan reads their own).
        new("GET /api/v1/review-schedule", (_, _) => Call(Get, "/api/v1/review-schedule"), 200, All, 200),
        // Issue 10: the schedule as CSV carries what the schedule shows every staff member, no case record (CL6).
        new("GET /api/v1/review-schedule.csv", (_, _) =>
            Call(Get, "/api/v1/review-schedule.csv?status=Overdue"), 200, All, 200),
        new("GET /api/v1/audit-log", (_, _) => Call(Get, "/api/v1/audit-log?limit=10"), 200, Pimpinan, 200),
    ];

    private static Call C(HttpMethod method, string url, object? body = null, string? ifMatch = null,
        bool anonymous = false) =>
        new(method, url, body, ifMatch, anonymous);

    private static Task<Call> Call(HttpMethod method, string url, object? body = null, string? ifMatch = null,
        bool anonymous = false) =>
        Task.FromResult(C(method, url, body, ifMatch, anonymous));

    private static async Task<Guid> InSessionAsync(Prep p) => await Sessions.InSessionAsync(p.World);

    /// <summary>KK5: the demo schedule's next Wednesday 09:00 in Jakarta that is at least a day away.</summary>
    private static Task<DateTimeOffset> NextScheduledAsync(Prep p)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime).AddDays(2);
        while (date.DayOfWeek != DayOfWeek.Wednesday)
        {
            date = date.AddDays(1);
        }

        var local = date.ToDateTime(new TimeOnly(9, 0));
        return Task.FromResult(new DateTimeOffset(local, zone.GetUtcOffset(local)));
    }
}
