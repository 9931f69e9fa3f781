using CaseConference.Contracts.Accounts;
using CaseConference.Domain.Conferences;

namespace CaseConference.Gateway.Features.Calendar;

/// <summary>
/// The feed's words in the subscriber's language (the account's, Bahasa Indonesia first): calendar
/// apps show them as they are, so they cannot be translated by the web app's bundles.
/// </summary>
public sealed record CalendarText(
    string CalendarName,
    string RegularKk,
    string UrgentKk,
    string Cancelled,
    string AwaitingApproval,
    string ReviewDue,
    Func<Capacity, string> YourCapacity,
    Func<ConferenceState, string> StateOf,
    Func<int, string> AgendaItems,
    string Open)
{
    public static CalendarText For(string language) => language == Languages.English ? English : Indonesian;

    private static readonly CalendarText Indonesian = new(
        "Konferensi Kasus",
        "Konferensi Kasus",
        "Konferensi Kasus (mendesak)",
        "Dibatalkan",
        "menunggu persetujuan pimpinan",
        "Peninjauan triwulanan jatuh tempo",
        c => "Anda hadir sebagai " + c switch
        {
            Capacity.PersonInCharge => "penanggung jawab (pimpinan)",
            Capacity.Organiser => "penyelenggara (tim inti)",
            Capacity.Secretary => "sekretaris",
            Capacity.Member => "anggota",
            _ => "staf yang diundang",
        },
        s => "Status: " + s switch
        {
            ConferenceState.Planned => "direncanakan",
            ConferenceState.InSession => "sedang berlangsung",
            ConferenceState.Closed => "ditutup",
            ConferenceState.Sealed => "ditutup dan disegel",
            _ => "dibatalkan",
        },
        n => $"{n} klien dalam agenda",
        "Buka KK");

    private static readonly CalendarText English = new(
        "Case conferences",
        "Case conference (KK)",
        "Urgent case conference (KK)",
        "Cancelled",
        "awaiting the pimpinan's approval",
        "Quarterly review due",
        c => "You take part as " + c switch
        {
            Capacity.PersonInCharge => "person in charge (pimpinan)",
            Capacity.Organiser => "organiser (core team)",
            Capacity.Secretary => "secretary",
            Capacity.Member => "member",
            _ => "invited staff",
        },
        s => "Status: " + s switch
        {
            ConferenceState.Planned => "planned",
            ConferenceState.InSession => "in session",
            ConferenceState.Closed => "closed",
            ConferenceState.Sealed => "closed and sealed",
            _ => "cancelled",
        },
        n => n == 1 ? "1 client on the agenda" : $"{n} clients on the agenda",
        "Open the KK");
}
