using CaseConference.Domain.Conferences;
using CaseConference.Domain.Staff;
using FsCheck.Xunit;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class ChairRotationTests
{
    private readonly TestWorld _world = new();

    [Theory]
    [InlineData(null, "PsM", Discipline.Peksos)]
    [InlineData(Discipline.Peksos, "PsM", Discipline.Psikolog)]
    [InlineData(Discipline.Psikolog, "PsM", Discipline.Medis)]
    [InlineData(Discipline.Medis, "PsM", Discipline.Peksos)]
    [InlineData(Discipline.Peksos, "PM", Discipline.Medis)] // psikolog absent: skipped
    [InlineData(Discipline.Medis, "sM", Discipline.Psikolog)] // peksos absent: skipped
    [InlineData(Discipline.Psikolog, "s", Discipline.Psikolog)] // only psikolog present
    public void KK2_chair_rotates_peksos_psikolog_medis_skipping_absent_disciplines(Discipline? last, string present,
        Discipline expected) =>
        ChairRotation.Next(last, Parse(present)).ShouldBe(expected);

    [Fact]
    public void KK2_no_chair_without_any_core_member_present() =>
        ChairRotation.Next(Discipline.Peksos, []).ShouldBeNull();

    [Property]
    public void KK2_property_the_chair_is_present_and_the_first_present_discipline_after_the_last(bool peksos,
        bool psikolog, bool medis, byte lastSeed)
    {
        var present = new[] { (Discipline.Peksos, peksos), (Discipline.Psikolog, psikolog), (Discipline.Medis, medis) }
            .Where(p => p.Item2).Select(p => p.Item1).ToList();
        Discipline? last = lastSeed % 4 == 3 ? null : (Discipline)(lastSeed % 4);

        var chair = ChairRotation.Next(last, present);

        if (present.Count == 0)
        {
            chair.ShouldBeNull();
            return;
        }

        present.ShouldContain(chair!.Value);
        var start = last is null ? 0 : ((int)last + 1) % 3;
        var steps = ((int)chair.Value - start + 3) % 3;
        Enumerable.Range(0, steps).Select(s => (Discipline)((start + s) % 3))
            .ShouldAllBe(skipped => !present.Contains(skipped));
    }

    [Property]
    public void KK2_property_with_everyone_present_each_discipline_chairs_once_every_three_sessions(byte sessions)
    {
        Discipline? last = null;
        var chairs = new List<Discipline>();
        for (var i = 0; i < sessions % 30 + 3; i++)
        {
            last = ChairRotation.Next(last, DisciplineExtensions.All);
            chairs.Add(last!.Value);
        }

        chairs.Chunk(3).Where(c => c.Length == 3).ShouldAllBe(window => window.Distinct().Count() == 3);
    }

    [Fact]
    public void KK2_the_session_is_opened_by_the_chair_in_turn_and_reports_the_discipline_for_the_rotation()
    {
        var kk = _world.PlannedConference();
        _world.MarkPresent(kk, TestWorld.SekretarisId, TestWorld.PeksosId, TestWorld.PsikologId, TestWorld.MedisId);

        Refused(() => kk.Open(_world.Peksos, Discipline.Peksos, [], _world.Settings.Policy, kk.Start),
            RefusalKind.Forbidden, "not_chair_in_turn");

        var opened = kk.Open(_world.Psikolog, Discipline.Peksos, [], _world.Settings.Policy, kk.Start)
            .OfType<ConferenceOpened>().Single();
        opened.ChairDiscipline.ShouldBe(Discipline.Psikolog);
        _world.Panti.RecordChair(kk.Id, opened.ChairDiscipline, kk.Start);
        _world.Panti.LastChairDiscipline.ShouldBe(Discipline.Psikolog);
    }

    private static List<Discipline> Parse(string present) =>
        [.. present.Select(c => c switch { 'P' => Discipline.Peksos, 's' => Discipline.Psikolog,
            _ => Discipline.Medis })];
}
