using System.Security.Cryptography;

namespace CaseConference.Grains.Accounts;

/// <summary>
/// Generated passwords to read out or write down: four groups of four from an alphabet without
/// look-alikes (no 0/o, 1/l/i), about 77 bits, and never on the common list.
/// </summary>
internal static class OneTimePasswords
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
}
