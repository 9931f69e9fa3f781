using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Load.Seeding;

/// <summary>
/// A panti with the people a KK needs, each with an account and a bearer token: founded as the
/// operator's create-admin does (no HTTP endpoint founds a panti), staff and core team through the
/// API, the staff's accounts as seed-demo makes them (the API's one-time passwords would need a
/// password change per account, which only costs more hashing here).
/// </summary>
public sealed record SeededPanti(Guid PantiId, IReadOnlyDictionary<string, Guid> Staff,
    IReadOnlyDictionary<string, string> Tokens)
{
    public const string Password = "load-kk-2026!";

    /// <summary>The roles that take part in every KK of the run, and their capacity there.</summary>
    public static readonly (string Role, StaffRole StaffRole, string Capacity)[] People =
    [
        ("pimpinan", StaffRole.Pimpinan, "PersonInCharge"),
        ("sekretaris", StaffRole.Sekretaris, "Secretary"),
        ("peksos", StaffRole.Peksos, "Organiser"),
        ("psikolog", StaffRole.Psikolog, "Organiser"),
        ("medis", StaffRole.Medis, "Organiser"),
        ("anggota", StaffRole.Anggota, "Member"),
    ];

    public static async Task<SeededPanti> SeedAsync(IClusterClient cluster, Api api, int index)
    {
        var pantiId = Guid.NewGuid();
        var staff = People.ToDictionary(p => p.Role, _ => Guid.NewGuid());
        var tokens = new Dictionary<string, string>();
        // A fresh sign-in code per run's panti: user names are per panti (finding 11).
        var code = $"l{index}-{pantiId:N}"[..20];
        await cluster.GetGrain<IPantiGrain>(pantiId).Found($"Panti Uji Beban {index}", code,
            new StaffMember(staff["pimpinan"], $"Pimpinan {index}", [StaffRole.Pimpinan]));
        await AccountAsync(cluster, pantiId, new AccountKey(code, UserName(index, "pimpinan")), staff["pimpinan"]);
        tokens["pimpinan"] = await TokenAsync(api, new AccountKey(code, UserName(index, "pimpinan")));
        foreach (var (role, staffRole, _) in People.Skip(1))
        {
            await api.MustAsync(HttpMethod.Post, "/api/v1/panti/staff", tokens["pimpinan"],
                new { id = staff[role], name = $"{role} {index}", roles = new[] { staffRole.ToString() } });
        }

        foreach (var discipline in new[] { "Peksos", "Psikolog", "Medis" })
        {
            await api.MustAsync(HttpMethod.Post, "/api/v1/panti/core-team", tokens["pimpinan"],
                new { staffId = staff[discipline.ToLowerInvariant()], discipline });
        }

        foreach (var (role, _, _) in People.Skip(1))
        {
            await AccountAsync(cluster, pantiId, new AccountKey(code, UserName(index, role)), staff[role]);
            tokens[role] = await TokenAsync(api, new AccountKey(code, UserName(index, role)));
        }

        return new SeededPanti(pantiId, staff, tokens);
    }

    private static string UserName(int index, string role) => $"p{index}-{role}";

    private static Task AccountAsync(IClusterClient cluster, Guid pantiId, AccountKey account, Guid staffId) =>
        cluster.Account(account).Create(pantiId, staffId, Password);

    private static async Task<string> TokenAsync(Api api, AccountKey account)
    {
        var answer = await api.MustAsync(HttpMethod.Post, "/api/v1/auth/token", null,
            new { pantiCode = account.PantiCode, userName = account.UserName,
                password = Password, label = "load tool" });
        return answer.Body!["token"]!.GetValue<string>();
    }
}
