using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseConference.Domain.Clients;

namespace CaseConference.Domain.Conferences;

/// <summary>Result of checking a chain of sealed KKs.</summary>
public sealed record SealVerification(bool Intact, Guid? BrokenAt = null, string? Problem = null);

/// <summary>
/// KK10: SHA-256 over a canonical text of a KK's minutes entries, attendance and decisions, chained
/// to the previous sealed KK of the panti. The text is hand-written rather than a JSON dump so a
/// new property on a state class never changes the hash of KKs sealed before it existed.
/// </summary>
public static class MinutesSeal
{
    public const string Version = "caseconference-seal-v1";

    public static string Compute(Conference kk, string? previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(kk, previousHash))));

    /// <summary>Verifies the chain in sealing order: every hash recomputes and links to its predecessor.</summary>
    public static SealVerification Verify(IReadOnlyList<Conference> chainInOrder)
    {
        for (var i = 0; i < chainInOrder.Count; i++)
        {
            var kk = chainInOrder[i];
            if (kk.State != ConferenceState.Sealed || kk.SealHash is null)
            {
                return new SealVerification(false, kk.Id, "not_sealed");
            }

            if (i > 0 && kk.PreviousSealHash != chainInOrder[i - 1].SealHash)
            {
                return new SealVerification(false, kk.Id, "chain_link_broken");
            }

            if (Compute(kk, kk.PreviousSealHash) != kk.SealHash)
            {
                return new SealVerification(false, kk.Id, "content_changed");
            }
        }

        return new SealVerification(true);
    }

    public static string Canonical(Conference kk, string? previousHash)
    {
        var text = new StringBuilder(Header(kk, previousHash));
        foreach (var m in kk.Minutes.OrderBy(m => m.Number))
        {
            text.Append(Line(m));
        }

        return text.Append(Tail(kk)).ToString();
    }

    /// <summary>The text before the minutes entries.</summary>
    internal static string Header(Conference kk, string? previousHash) => new StringBuilder()
        .AppendLine(Version)
        .AppendLine($"kk {kk.Id} {kk.Kind} {Time(kk.Start)} chair {kk.ChairId} {kk.ChairDiscipline}")
        .AppendLine($"previous {previousHash ?? "genesis"}")
        .ToString();

    /// <summary>One minutes entry's line; entries come in number order.</summary>
    internal static string Line(MinuteEntry m) =>
        $"minute {m.Number} {Time(m.At)} {m.RecordedBy} {m.Amends?.ToString(CultureInfo.InvariantCulture) ?? "-"} {Str(m.Text)}{Environment.NewLine}";

    /// <summary>The text after the minutes entries: attendance, rulings, decisions.</summary>
    internal static string Tail(Conference kk)
    {
        var text = new StringBuilder();
        foreach (var a in kk.Attendance.OrderBy(a => a.StaffId))
        {
            text.AppendLine($"attendance {a.StaffId} {a.Mode} {Str(a.Detail)} {a.RecordedBy} {Time(a.At)}");
        }

        foreach (var r in kk.LateItemRulings.OrderBy(r => r.AgendaItemId))
        {
            text.AppendLine($"ruling {r.AgendaItemId} {r.Choice}");
        }

        foreach (var d in kk.Decisions.OrderBy(d => d.Number))
        {
            text.AppendLine(
                $"decision {d.Number} {d.AgendaItemId} {d.ClientId} {d.RecordedBy} {Time(d.At)} {d.Decision?.Kind.ToString() ?? "-"} {Payload(d.Decision)}");
        }

        return text.ToString();
    }

    // Sealed state always holds the decision; a copy without it (CL6) is never sealed.
    private static string Payload(Decision? decision) => decision switch
    {
        PlaceInProgramme p =>
            $"{Str(p.Hypothesis.WhyInDifficulty)} {Str(p.Hypothesis.Cause)} {Str(p.Hypothesis.HowToHelp)} {Items(p.FirstFormulation)}",
        NotEligible n => Str(n.Reason),
        ChangeFormulation c => Items(c.Items),
        RatifyForceMajeure r => r.ForceMajeureId.ToString(),
        CancelForceMajeure c => c.ForceMajeureId.ToString(),
        Terminate t => t.Reason.ToString(),
        // Without a ground the line is what it was before grounds existed, so older seals still verify.
        Defer d => d.Ground is { } ground ? $"{Str(d.Reason)} ground:{ground}" : Str(d.Reason),
        _ => "-",
    };

    private static string Items(IEnumerable<FormulationItem> items) =>
        string.Join(' ',
            items.OrderBy(i => i.Number).Select(i => $"{i.Number}{(i.Postponed ? "p" : "")}:{Str(i.Text)}"));

    // Length-prefixed so no text can forge a field boundary.
    private static string Str(string? value) => value is null ? "~" : $"{value.Length}:{value}";

    private static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
