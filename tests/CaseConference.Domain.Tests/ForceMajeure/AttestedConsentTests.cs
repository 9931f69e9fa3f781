using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Staff;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

/// <summary>FM2, attested: a consent given by phone counts only once the member confirms it in the app.</summary>
public sealed class AttestedConsentTests
{
    private readonly ForceMajeureFixture _f = new();

    private TestWorld W => _f.World;

    [Fact]
    public void FM2_attested_consent_is_pending_and_does_not_count_until_the_member_confirms_it()
    {
        var fm = _f.Propose();
        var policy = W.Settings.Policy;
        fm.Consent(W.Peksos, "Keselamatan klien.", policy, TestWorld.Now);
        fm.Consent(W.Psikolog, "Klien stabil.", policy, TestWorld.Now);

        var attested = fm.Attest(W.Sekretaris, W.Medis, "telepon", "Tidak ada kontraindikasi.", TestWorld.Now);

        attested.Attestation.ShouldBe(new AttestedConsent(
            TestWorld.MedisId, Discipline.Medis, "Tidak ada kontraindikasi.", "telepon", TestWorld.SekretarisId,
                TestWorld.Now));
        fm.State.ShouldBe(ForceMajeureState.Proposed);
        fm.Consents.Count.ShouldBe(2);
        fm.ToListing(1).PendingAttestations.ShouldBe([TestWorld.MedisId]);

        var later = TestWorld.Now.AddMinutes(20);
        fm.ConfirmAttestation(W.Medis, policy, later).OfType<ForceMajeureInForce>().ShouldHaveSingleItem();
        fm.State.ShouldBe(ForceMajeureState.InForce);
        fm.InForceSince.ShouldBe(later);
        fm.Consents.Single(c => c.StaffId == TestWorld.MedisId)
            .ShouldBe(new Consent(TestWorld.MedisId, Discipline.Medis, "Tidak ada kontraindikasi.", later));
        fm.Attestations.Single().Outcome.ShouldBe(AttestationOutcome.Confirmed);
        fm.ToListing(2).Consents.ShouldContain(new ListedConsent(TestWorld.MedisId, Discipline.Medis, Attested: true));
        fm.ToListing(2).PendingAttestations.ShouldBeEmpty();
    }

    [Fact]
    public void FM2_attested_consent_declined_by_the_member_never_counts()
    {
        var fm = _f.Propose();
        var policy = W.Settings.Policy;
        fm.Attest(W.Sekretaris, W.Medis, "telepon", "Setuju.", TestWorld.Now);

        fm.DeclineAttestation(W.Medis, TestWorld.Now).StaffId.ShouldBe(TestWorld.MedisId);

        fm.Attestations.Single().Outcome.ShouldBe(AttestationOutcome.Declined);
        fm.Consents.ShouldBeEmpty();
        Refused(() =>
            fm.ConfirmAttestation(W.Medis, policy, TestWorld.Now), RefusalKind.NotFound, "no_attested_consent");
        Refused(() => fm.DeclineAttestation(W.Medis, TestWorld.Now), RefusalKind.NotFound, "no_attested_consent");
        // Declined is answered; the secretary may record a new call.
        fm.Attest(W.Sekretaris, W.Medis, "telepon, kedua kali", "Setuju setelah diskusi.", TestWorld.Now);
        fm.PendingAttestationOf(TestWorld.MedisId).ShouldNotBeNull();
    }

    [Fact]
    public void FM2_attested_only_by_the_secretary_for_a_core_member_who_has_not_consented_while_open()
    {
        var fm = _f.Propose();
        var policy = W.Settings.Policy;

        Refused(() => fm.Attest(W.Peksos, W.Medis, "telepon", "Setuju.", TestWorld.Now), RefusalKind.Forbidden,
            "sekretaris_only");
        Refused(() => fm.Attest(W.Pimpinan, W.Medis, "telepon", "Setuju.", TestWorld.Now), RefusalKind.Forbidden,
            "sekretaris_only");
        Refused(() => fm.Attest(W.Sekretaris, W.Anggota, "telepon", "Setuju.", TestWorld.Now), RefusalKind.Invalid,
            "attested_member_not_core");
        Refused(() =>
            fm.Attest(W.Sekretaris, W.Medis, " ", "Setuju.", TestWorld.Now), RefusalKind.Invalid, "how_required");
        Refused(() => fm.Attest(W.Sekretaris, W.Medis, "telepon", "", TestWorld.Now), RefusalKind.Invalid,
            "justification_required");

        fm.Consent(W.Peksos, "Setuju.", policy, TestWorld.Now);
        Refused(() => fm.Attest(W.Sekretaris, W.Peksos, "telepon", "Setuju.", TestWorld.Now), RefusalKind.Conflict,
            "already_consented");
        fm.Attest(W.Sekretaris, W.Medis, "telepon", "Setuju.", TestWorld.Now);
        Refused(() => fm.Attest(W.Sekretaris, W.Medis, "SMS", "Setuju.", TestWorld.Now), RefusalKind.Conflict,
            "already_attested");

        fm.Object(W.Psikolog, "Bahas di KK.", TestWorld.Now);
        Refused(() => fm.Attest(W.Sekretaris, W.Peksos2, "telepon", "Setuju.", TestWorld.Now), RefusalKind.Conflict,
            "not_open_for_consent");
        Refused(() =>
            fm.ConfirmAttestation(W.Medis, policy, TestWorld.Now), RefusalKind.Conflict, "not_open_for_consent");
        fm.DeclineAttestation(W.Medis, TestWorld.Now); // setting the record straight is always allowed
    }

    [Fact]
    public void FM2_attested_consent_confirmed_twice_or_also_given_in_the_app_counts_once()
    {
        var fm = _f.Propose();
        var policy = W.Settings.Policy;
        fm.Attest(W.Sekretaris, W.Medis, "telepon", "Setuju.", TestWorld.Now);
        fm.Attest(W.Sekretaris, W.Psikolog, "telepon", "Setuju.", TestWorld.Now);

        fm.ConfirmAttestation(W.Medis, policy, TestWorld.Now).Count.ShouldBe(1);
        fm.ConfirmAttestation(W.Medis, policy, TestWorld.Now).ShouldBeEmpty();
        fm.Consent(W.Medis, "Sekali lagi.", policy, TestWorld.Now).ShouldBeEmpty();
        // Consenting in the app answers the attestation too; nothing is left pending for that person.
        fm.Consent(W.Psikolog, "Setuju di aplikasi.", policy, TestWorld.Now).Count.ShouldBe(1);
        fm.PendingAttestationOf(TestWorld.PsikologId).ShouldBeNull();

        fm.Consents.Select(c => c.StaffId).ShouldBe([TestWorld.MedisId, TestWorld.PsikologId]);
        Refused(() =>
            fm.ConfirmAttestation(W.Peksos, policy, TestWorld.Now), RefusalKind.NotFound, "no_attested_consent");
        Refused(() =>
            fm.ConfirmAttestation(W.Anggota, policy, TestWorld.Now), RefusalKind.Forbidden, "core_members_only");
    }

    [Fact]
    public void FM2_progress_counts_people_and_names_the_disciplines_still_missing()
    {
        var progress = ForceMajeureQuorum.Progress(
            [(TestWorld.PeksosId, Discipline.Peksos), (TestWorld.Peksos2Id, Discipline.Peksos),
                (TestWorld.PeksosId, Discipline.Peksos)],
            requireAllDisciplines: true, threshold: 3);

        (progress.Consents, progress.Needed, progress.Met).ShouldBe((2, 3, false));
        progress.Covered.ShouldBe([Discipline.Peksos]);
        progress.Missing.ShouldBe([Discipline.Psikolog, Discipline.Medis]);

        var open = ForceMajeureQuorum.Progress([], requireAllDisciplines: false, threshold: 4);
        (open.Needed, open.Missing.Count, open.Met).ShouldBe((4, 0, false));
    }
}
