using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Grains.Conferences;

/// <summary>
/// KK1: a KK planned from the fixed schedule starts with its standing members invited: the
/// pimpinan (person in charge), the core team (organisers) and one secretary. Others are invited
/// by hand.
/// </summary>
internal static class DefaultParticipants
{
    public static IEnumerable<IDomainEvent> InviteAll(Conference conference, PantiProfile panti, DateTimeOffset now)
    {
        var pimpinan = panti.Staff.First(s => s.Has(StaffRole.Pimpinan));
        var host = panti.ActorFor(pimpinan.Id);
        var events = new List<IDomainEvent> { conference.Invite(host, host, Capacity.PersonInCharge, now) };
        foreach (var member in panti.CoreTeam.Members.Where(m => m.StaffId != pimpinan.Id))
        {
            events.Add(conference.Invite(host, panti.ActorFor(member.StaffId), Capacity.Organiser, now));
        }

        var secretary = panti.Staff.FirstOrDefault(s => s.Has(StaffRole.Sekretaris)
            && conference.Participants.All(p => p.StaffId != s.Id));
        if (secretary is not null)
        {
            events.Add(conference.Invite(host, panti.ActorFor(secretary.Id), Capacity.Secretary, now));
        }

        return events;
    }
}
