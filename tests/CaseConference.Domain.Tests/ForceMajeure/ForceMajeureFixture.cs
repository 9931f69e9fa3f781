using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Domain.Tests.ForceMajeure;

/// <summary>A placed client and helpers to bring a force majeure on item 1 into force.</summary>
internal sealed class ForceMajeureFixture
{
    public ForceMajeureFixture()
    {
        Client = World.PlacedClient();
    }

    public TestWorld World { get; } = new();

    public Client Client { get; }

    public ForceMajeureOverride Propose(ForceMajeureKind kind = ForceMajeureKind.Change,
        string? newText = "Bimbingan las ditunda; diganti bimbingan menjahit.") =>
        ForceMajeureOverride.Propose(Guid.NewGuid(), World.Peksos, Client, 1, kind, newText, "Bengkel las terbakar.",
            TestWorld.Now).Proposal;

    public ForceMajeureOverride InForce(ForceMajeureKind kind = ForceMajeureKind.Change)
    {
        var fm = Propose(kind);
        fm.Consent(World.Peksos, "Keselamatan klien.", World.Settings.Policy, TestWorld.Now);
        fm.Consent(World.Psikolog, "Klien stabil untuk kegiatan lain.", World.Settings.Policy, TestWorld.Now);
        fm.Consent(World.Medis, "Tidak ada kontraindikasi.", World.Settings.Policy, TestWorld.Now);
        Client.PlaceOverlay(fm, TestWorld.Now);
        return fm;
    }

    /// <summary>A KK with the force majeure on its agenda (FM5), opened.</summary>
    public Conference OpenKkWith(ForceMajeureOverride fm)
    {
        var kk = World.PlannedConference();
        var item = Guid.NewGuid();
        kk.ScheduleForceMajeure(item, fm.Id, fm.ClientId, TestWorld.PeksosId, TestWorld.Now);
        fm.ScheduleOn(kk.Id, TestWorld.Now);
        World.MakeReady(kk, item);
        World.Open(kk);
        return kk;
    }

    public Guid ItemOf(Conference kk, ForceMajeureOverride fm) => kk.Agenda.Single(a => a.ForceMajeureId == fm.Id).Id;
}
