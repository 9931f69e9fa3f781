namespace CaseConference.Domain.Accounts;

/// <summary>
/// The passwords (and stems of passwords) tried first by anyone guessing: keyboard rows, counting,
/// "password" in its disguises, and the Indonesian favourites. Lower case; a password matches when
/// it equals an entry, or is an entry followed only by digits or symbols.
/// </summary>
internal static class CommonPasswords
{
    private static readonly HashSet<string> Entries = new(StringComparer.Ordinal)
    {
        "", "password", "passw0rd", "p@ssword", "p@ssw0rd", "pass", "passwort", "katasandi", "kata sandi", "sandi",
        "rahasia", "rahasiaku", "rahasia123", "1234567890", "0123456789", "0987654321", "9876543210", "12345678910",
        "123456789012", "1122334455", "1111111111", "0000000000", "2222222222", "5555555555",
            "1212121212", "1231231231",
        "qwerty", "qwertyuiop", "qwertyuiop123", "qwerty123456", "asdfghjkl", "asdfghjkl;", "zxcvbnm", "zxcvbnm123",
        "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "1qaz2wsx3edc", "qazwsxedc", "qazwsxedcrfv",
            "abcdefghij", "abcdefg",
        "abc123", "abcd1234", "a1b2c3d4e5", "aaaaaaaaaa", "iloveyou", "iloveyou123", "letmein", "welcome", "welcome123",
        "admin", "administrator", "admin12345", "root", "master", "superman", "batman", "dragon", "monkey", "football",
        "baseball", "sunshine", "princess", "starwars", "trustno1", "whatever", "freedom",
            "shadow", "michael", "jennifer",
        "computer", "internet", "changeme", "default", "secret", "guest", "login", "user", "test", "testing",
        "indonesia", "indonesia1945", "merdeka", "merdeka1945", "jakarta", "bismillah",
            "alhamdulillah", "assalamualaikum",
        "sayang", "sayangku", "cintaku", "aku cinta kamu", "akucintakamu", "cinta", "kamu",
            "garuda", "pancasila", "bandung",
        "surabaya", "persija", "persib", "bonek", "anakku", "keluarga", "panti", "pantisosial", "kkdemo", "konferensi",
        "caseconference", "pimpinan", "sekretaris", "peksos", "pekerjasosial",
    };

    public static bool Contains(string candidate) => Entries.Contains(candidate);
}
