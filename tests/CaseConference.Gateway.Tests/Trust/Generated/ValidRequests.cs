using System.Text.Json;
using System.Text.Json.Nodes;
using CaseConference.Contracts.Accounts;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>
/// The valid request each mutation starts from: aimed at a resource in one state, with the body a
/// careful client would send and the current ETag. An operation missing here still gets a body made
/// from its schema, so a new endpoint is covered the day it appears in the document.
/// </summary>
public static class ValidRequests
{
    public static IReadOnlyList<string> States(ApiOperation op) => Normalize(op.Template) switch
    {
        var t when t.Contains("/conferences/{id}", StringComparison.Ordinal) =>
            ["kk planned", "kk in session", "kk closed", "foreign", "unknown"],
        var t when t.Contains("/clients/{clientId}", StringComparison.Ordinal) =>
            ["client definitive candidate", "client awaiting placement", "client placed", "foreign", "unknown"],
        var t when t.Contains("/force-majeure/{id}", StringComparison.Ordinal) =>
            ["force majeure proposed", "foreign", "unknown"],
        var t when t.Contains("/core-team/{staffId}", StringComparison.Ordinal) =>
            ["core member", "foreign", "unknown"],
        var t when t.Contains("{staffId}", StringComparison.Ordinal) => ["staff member", "foreign", "unknown"],
        var t when t.Contains("{tokenId}", StringComparison.Ordinal) => ["own token", "unknown"],
        var t when t.Contains("{token}", StringComparison.Ordinal) => ["calendar token", "unknown"],
        "POST /api/v1/force-majeure" => ["client placed", "client awaiting placement", "foreign"],
        _ => ["panti"],
    };

    public static async Task<Target> TargetAsync(FuzzPanti panti, string state, Strangers strangers) => state switch
    {
        "foreign" =>
            new(state, strangers.Conference, strangers.Item, strangers.Client, strangers.ForceMajeure, strangers.Staff),
        "unknown" => new(state, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
        _ => await panti.Fixtures.GetAsync(state),
    };

    public static async Task<ApiRequest> BuildAsync(FuzzPanti panti, ApiOperation op, Target target, string caller)
    {
        var values = new Dictionary<string, string>();
        foreach (var name in op.In("path").Select(p => p.Name))
        {
            values[name] = name switch
            {
                "id" when op.Template.Contains("/force-majeure", StringComparison.Ordinal) => Id(target.ForceMajeure),
                "id" => Id(target.Conference),
                "itemId" => Id(target.Item),
                "clientId" => Id(target.Client),
                "staffId" when op.Template.Contains("/attendance/", StringComparison.Ordinal) =>
                    panti.Staff["anggota"].ToString(),
                "staffId" => Id(target.Staff),
                "tokenId" when target.State == "own token" =>
                    (await panti.SpareTokenAsync(caller == FuzzPanti.Anonymous ? "staf" : caller)).TokenId.ToString(),
                "token" when target.State == "calendar token" =>
                    (await panti.SpareTokenAsync("pimpinan", TokenPurpose.Calendar)).Token,
                "number" => "1",
                _ => Guid.NewGuid().ToString(),
            };
        }

        var query = op.In("query").Select(p => p.Name).ToDictionary(n => n,
            n => n switch { "limit" => "10", _ => "0" });
        var key = $"{op.Method} {Normalize(op.Template)}";
        var body = Body(key, panti, target) is { } known ? JsonSerializer.SerializeToNode(known, HttpApi.Json)
            : FromSchema(op);
        return new ApiRequest(new HttpMethod(op.Method), op.Template, values, body) { Query = query,
            IfMatch = await IfMatchAsync(panti, op, target) };
    }

    public static string Normalize(string template) => template.Length > 1 ? template.TrimEnd('/') : template;

    private static string Id(Guid? id) => (id ?? Guid.NewGuid()).ToString();

    private static async Task<string?> IfMatchAsync(FuzzPanti panti, ApiOperation op, Target target)
    {
        if (op.Method == "GET")
        {
            return null;
        }

        if (op.Template.Contains("/conferences/{id}", StringComparison.Ordinal))
        {
            return target.State.StartsWith("kk ", StringComparison.Ordinal)
                ? await panti.Fixtures.ETagAsync(target.Conference!.Value) : "\"1\"";
        }

        return op.Template.EndsWith("/settings", StringComparison.Ordinal)
            ? (await panti.ReadAsync("/api/v1/panti/settings")).ETag : null;
    }

    private static object? Body(string key, FuzzPanti p, Target t) => key switch
    {
        "POST /api/v1/auth/sign-in" =>
            new { pantiCode = FuzzPanti.Code(p.Index), userName = p.SignInUser, password = FuzzPanti.Password },
        "POST /api/v1/auth/token" => new { pantiCode = FuzzPanti.Code(p.Index), userName = p.SignInUser,
            password = FuzzPanti.Password, label = "skrip" },
        "POST /api/v1/auth/tokens" or "POST /api/v1/auth/calendar-token" => new { label = "ponsel" },
        "POST /api/v1/panti/staff" => new { id = Guid.NewGuid(), name = "Staf Baru", roles = new[] { "Staf" } },
        "PUT /api/v1/panti/staff/{staffId}/roles" => new { roles = new[] { "Staf", "Anggota" } },
        "POST /api/v1/panti/staff/{staffId}/account" =>
            new { userName = $"fz{Guid.NewGuid():N}"[..16], password = "Kata-sandi-yang-panjang-1" },
        "POST /api/v1/panti/core-team" => new { staffId = t.Staff ?? p.Staff["peksos"], discipline = "Peksos" },
        "PUT /api/v1/panti/force-majeure-proposers/{staffId}" => new { designated = true },
        "PUT /api/v1/panti/settings" => new
        {
            timeZoneId = "Asia/Jakarta",
            policy = new { forceMajeureRequiresAllDisciplines = true, forceMajeureQuorum = 3, reviewDueSoonDays = 14,
                preCirculationHours = 24, postKkSummaryWorkingDays = 3 },
            schedule = new { kind = "Weekly", weekday = "Wednesday", localTime = "09:00:00",
                startsOn = DateOnly.FromDateTime(DateTime.UtcNow), intervalWeeks = 1, weekOfMonth = 1 },
        },
        "POST /api/v1/clients" => new { id = Guid.NewGuid(), name = "Klien Baru", where = "Terminal Senen" },
        "PUT /api/v1/clients/{clientId}/registration" => Authorization.Prep.Registration(),
        "PATCH /api/v1/clients/{clientId}/registration" => new { fullName = "Klien Uji Baru", reason = "Salah ketik." },
        "PUT /api/v1/clients/{clientId}/peksos" => new { peksosId = p.Staff["peksos"] },
        "POST /api/v1/clients/{clientId}/stage" =>
            new { to = "Terminated", why = "Mengundurkan diri.", reason = "WithdrewOrAbsconded" },
        "POST /api/v1/conferences/regular" => new { start = NextWednesdayNine() },
        "POST /api/v1/conferences/urgent" =>
            new { id = Guid.NewGuid(), start = DateTimeOffset.UtcNow.AddDays(1), reason = "Darurat." },
        "POST /api/v1/conferences/{id}/approval" => new { waivePreCirculation = true },
        "POST /api/v1/conferences/{id}/participants" => new { staffId = p.Staff["staf"], capacity = "InvitedStaff" },
        "POST /api/v1/conferences/{id}/deputy-secretary" => new { staffId = p.Staff["anggota"] },
        "POST /api/v1/conferences/{id}/agenda" =>
            new { clientId = t.Client, purpose = "QuarterlyReview", note = "Uji" },
        "POST /api/v1/conferences/{id}/agenda/{itemId}/summary" => new { text = "Ringkasan kasus." },
        "PUT /api/v1/conferences/{id}/attendance/{staffId}" => new { mode = "Delegate", detail = "Pak Wakil" },
        "POST /api/v1/conferences/{id}/open" =>
            new { lateItemRulings = new[] { new { agendaItemId = t.Item, choice = "ProceedWithException" } } },
        "POST /api/v1/conferences/{id}/decisions" => new { itemId = t.Item, decision = Authorization.Prep.Placement() },
        "POST /api/v1/conferences/{id}/cancel" => new { reason = "Libur nasional." },
        "POST /api/v1/conferences/{id}/summaries" => new { clientId = t.Client, text = "Ringkasan hasil KK." },
        "POST /api/v1/conferences/{id}/minutes" or "POST /api/v1/conferences/{id}/minutes/{number}/amendments" =>
            new { text = "Catatan rapat." },
        "POST /api/v1/force-majeure" => new { id = Guid.NewGuid(), clientId = t.Client, itemNumber = 1, kind = "Change",
            newText = "Teks baru", reason = "Keadaan darurat." },
        "POST /api/v1/force-majeure/{id}/consents" => new { justification = "Setuju secara profesional." },
        "POST /api/v1/force-majeure/{id}/objections" => new { reason = "Tidak perlu." },
        _ => null,
    };

    /// <summary>A body made from the schema alone, for an operation this table does not know yet.</summary>
    private static JsonNode? FromSchema(ApiOperation op) => op.BodyFields.Count == 0
        ? null
        : op.BodyFields.Where(f => !f.Path.Contains('.', StringComparison.Ordinal))
            .Aggregate<ApiField, JsonNode>(new JsonObject(), (body, f) => JsonPaths.Set(body, f.Path, f switch
        {
            { Enum.Count: > 0 } => f.Enum[0],
            { Format: "uuid" } => Guid.NewGuid().ToString(),
            { Format: "date-time" } => DateTimeOffset.UtcNow.AddDays(1).ToString("O"),
            _ when f.Is("integer") || f.Is("number") => 1,
            _ when f.Is("boolean") => true,
            _ when f.Is("array") => new JsonArray(),
            _ => "uji",
        }));

    /// <summary>
    /// KK5: the fixture panti's schedule is Wednesday 09:00 in Jakarta; the next such start at least two days away.
    /// </summary>
    private static DateTimeOffset NextWednesdayNine()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime).AddDays(2);
        while (date.DayOfWeek != DayOfWeek.Wednesday)
        {
            date = date.AddDays(1);
        }

        var local = date.ToDateTime(new TimeOnly(9, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
