using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Gateway.Commands;

/// <summary>
/// The demo panti (sign-in code <see cref="PantiCode"/>): one account per role (user name = role, password
/// <see cref="Password"/>), a
/// core team, a weekly KK on Wednesday 09:00 and three clients. Fixed ids make it idempotent:
/// running it again finds everything in place and changes nothing.
/// </summary>
public static class DemoSeed
{
    public const string Password = "demo-kk-2026!";

    public const string PantiCode = "demo";

    public static readonly Guid PantiId = new("0d3e0000-0000-4000-8000-000000000001");

    public static readonly IReadOnlyList<(string UserName, string Name, StaffRole Role, Guid Id)> Staff =
    [
        ("pimpinan", "Ibu Sari Wulandari", StaffRole.Pimpinan, new("0d3e0000-0000-4000-8000-000000000101")),
        ("sekretaris", "Pak Budi Santoso", StaffRole.Sekretaris, new("0d3e0000-0000-4000-8000-000000000102")),
        ("peksos", "Mbak Rina Lestari", StaffRole.Peksos, new("0d3e0000-0000-4000-8000-000000000103")),
        ("psikolog", "Bu Wati Handayani", StaffRole.Psikolog, new("0d3e0000-0000-4000-8000-000000000104")),
        ("medis", "dr. Agus Pratama", StaffRole.Medis, new("0d3e0000-0000-4000-8000-000000000105")),
        ("anggota", "Pak Hadi (Dinas Sosial)", StaffRole.Anggota, new("0d3e0000-0000-4000-8000-000000000106")),
        ("staf", "Pak Joko (Tata Usaha)", StaffRole.Staf, new("0d3e0000-0000-4000-8000-000000000107")),
    ];

    public static async Task<int> RunAsync(IClusterClient cluster, TextWriter output)
    {
        var pimpinan = Staff[0];
        var panti = cluster.GetGrain<IPantiGrain>(PantiId);
        var caller = new Caller(PantiId, pimpinan.Id);
        await panti.Found("Panti Sosial Bina Karya Demo", PantiCode,
            new StaffMember(pimpinan.Id, pimpinan.Name, [StaffRole.Pimpinan]));
        foreach (var (_, name, role, id) in Staff.Skip(1))
        {
            await Tolerate("staff_exists", () => panti.RegisterStaff(caller, new StaffMember(id, name, [role])));
        }

        foreach (var (discipline, member) in new[] { (Discipline.Peksos, Staff[2]), (Discipline.Psikolog, Staff[3]),
            (Discipline.Medis, Staff[4]) })
        {
            await Tolerate("already_core_member", () => panti.AppointCoreMember(caller, member.Id, discipline));
        }

        if ((await panti.Settings()).Schedule is null)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            await panti.ChangeSettings(caller, IfMatch.None, null, null,
                KkRecurrence.Weekly(DayOfWeek.Wednesday, new TimeOnly(9, 0), today));
        }

        foreach (var (userName, _, _, id) in Staff)
        {
            await cluster.Account(new AccountKey(PantiCode, userName)).Create(PantiId, id, Password);
        }

        await SeedClients(cluster);
        await output.WriteLineAsync(
            $"Demo panti ready: sign in to panti {PantiCode} as {string.Join(", ", Staff.Select(s => s.UserName))} with password {Password}");
        return 0;
    }

    private static async Task SeedClients(IClusterClient cluster)
    {
        var peksos = new Caller(PantiId, Staff[2].Id);
        var staf = new Caller(PantiId, Staff[6].Id);
        var pimpinan = new Caller(PantiId, Staff[0].Id);
        var slamet = cluster.GetGrain<IClientGrain>(new Guid("0d3e0000-0000-4000-8000-000000000201"));
        if (await Opened(slamet, peksos, "Slamet", "Pasar Senen"))
        {
            await slamet.MoveTo(peksos, ClientStage.Candidate, "Termotivasi; bersedia masuk panti.");
            await slamet.MoveTo(peksos, ClientStage.InSelection, "Seleksi dimulai.");
            await slamet.MoveTo(peksos, ClientStage.DefinitiveCandidate, "Memenuhi kriteria.");
            await slamet.Register(staf,
                new Registration("REG-2026-001", "PSBK-001", "Slamet Riyadi", new DateOnly(1980, 3, 2),
                Sex.Male, "Jakarta Pusat", "Satpol PP Jakarta Pusat"));
            await slamet.AssignPeksos(pimpinan, Staff[2].Id);
            await slamet.MoveTo(peksos, ClientStage.Diagnostic, "Studi diagnostik dimulai.");
            await slamet.MoveTo(peksos, ClientStage.AwaitingPlacementKk, "Laporan tiap aspek sudah diserahkan.");
        }

        var siti = cluster.GetGrain<IClientGrain>(new Guid("0d3e0000-0000-4000-8000-000000000202"));
        if (await Opened(siti, peksos, "Siti", "Terminal Kampung Rambutan"))
        {
            await siti.MoveTo(peksos, ClientStage.Candidate, "Bersedia mengikuti bimbingan motivasi.");
        }

        await Opened(cluster.GetGrain<IClientGrain>(new Guid("0d3e0000-0000-4000-8000-000000000203")), peksos,
            "Joko", "Stasiun Manggarai");
    }

    private static async Task<bool> Opened(IClientGrain client, Caller by, string name, string where)
    {
        try
        {
            await client.Open(by, name, where);
            return true;
        }
        catch (RefusedException e) when (e.Code == "client_exists")
        {
            return false;
        }
    }

    private static async Task Tolerate(string code, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (RefusedException e) when (e.Code == code)
        {
        }
    }
}
