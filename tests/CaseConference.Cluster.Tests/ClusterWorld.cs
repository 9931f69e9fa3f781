using CaseConference.Contracts;
using CaseConference.Domain.Staff;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace CaseConference.Cluster.Tests;

/// <summary>
/// A cluster on a PostgreSQL database of its own whose grains read a clock the test moves. "Now"
/// starts on Monday 5 January 2026, 09:00 in Jakarta, like the domain tests' TestWorld; panti are
/// founded with <see cref="FoundPantiAsync"/>.
/// </summary>
public sealed class ClusterWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));

    private ClusterWorld(PostgresTestCluster cluster, FakeTimeProvider clock)
    {
        Cluster = cluster;
        Clock = clock;
    }

    public PostgresTestCluster Cluster { get; }

    public FakeTimeProvider Clock { get; }

    public IClusterClient Client => Cluster.Client;

    public DateTimeOffset Now => Clock.GetUtcNow();

    public static async Task<ClusterWorld> StartAsync(short silos = 1, Action<ISiloBuilder>? configureSilo = null)
    {
        var clock = new FakeTimeProvider(Start);
        return new ClusterWorld(await PostgresTestCluster.StartAsync(silos, configureSilo, clock), clock);
    }

    /// <summary>Moves the grains' clock forward to <paramref name="instant"/> (never back).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        if (instant > Now)
        {
            Clock.SetUtcNow(instant);
        }
    }

    /// <summary>
    /// A panti with a pimpinan, a secretary, a core team of four (two peksos, a psikolog, a medis),
    /// an anggota, two other staff and, unless told otherwise, a weekly KK on Wednesday 09:00.
    /// </summary>
    public async Task<TestPanti> FoundPantiAsync(string name, bool withSchedule = true)
    {
        var panti = new TestPanti(this, Guid.NewGuid());
        var grain = panti.Grain;
        await grain.Found(name, $"p-{panti.Id:N}"[..20],
            new StaffMember(panti.PimpinanId, "Ibu Sari", [StaffRole.Pimpinan]));
        await Register(panti, panti.SekretarisId, "Pak Budi", StaffRole.Sekretaris);
        await Register(panti, panti.PeksosId, "Mbak Rina", StaffRole.Peksos);
        await Register(panti, panti.Peksos2Id, "Mas Dedi", StaffRole.Peksos);
        await Register(panti, panti.PsikologId, "Bu Wati", StaffRole.Psikolog);
        await Register(panti, panti.MedisId, "dr. Agus", StaffRole.Medis);
        await Register(panti, panti.StafId, "Pak Joko (Tata Usaha)", StaffRole.Staf);
        await Register(panti, panti.AnggotaId, "Pak Hadi (Dinsos)", StaffRole.Anggota);
        await Register(panti, panti.OutsiderId, "Bu Yanti (asrama)", StaffRole.Staf);
        await grain.AppointCoreMember(panti.Pimpinan, panti.PeksosId, Discipline.Peksos);
        await grain.AppointCoreMember(panti.Pimpinan, panti.PsikologId, Discipline.Psikolog);
        await grain.AppointCoreMember(panti.Pimpinan, panti.MedisId, Discipline.Medis);
        await grain.AppointCoreMember(panti.Pimpinan, panti.Peksos2Id, Discipline.Peksos);
        if (withSchedule)
        {
            await grain.ChangeSettings(panti.Pimpinan, IfMatch.None, null, null, TestPanti.WeeklyOnWednesday);
        }

        return panti;
    }

    /// <summary>The test silo that hosts the grain's activation (the grain must be active).</summary>
    public async Task<InProcessSiloHandle> SiloHostingAsync(IAddressable grain)
    {
        var address = await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain)
            ?? throw new InvalidOperationException($"{grain} has no activation.");
        return Cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(address));
    }

    /// <summary>Crashes a silo (no shutdown) and waits until the survivors have declared it dead.</summary>
    public async Task KillAsync(InProcessSiloHandle silo)
    {
        var address = silo.SiloAddress;
        await Cluster.Cluster.KillSiloAsync(silo);
        var management = Client.GetGrain<IManagementGrain>(0);
        await Poll.Until(
            () => management.GetHosts(onlyActive: false),
            hosts => hosts.TryGetValue(address, out var status) && status == SiloStatus.Dead,
            TimeSpan.FromSeconds(60), $"{address} declared dead");
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    private static Task Register(TestPanti panti, Guid id, string name, StaffRole role) =>
        panti.Grain.RegisterStaff(panti.Pimpinan, new StaffMember(id, name, [role]));
}
