using CaseConference.Domain.Accounts;
using Shouldly;

namespace CaseConference.Domain.Tests.Accounts;

/// <summary>Finding 8: at least ten characters, not the user name, not a common password in disguise.</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("12345678", "password_too_short")]
    [InlineData("", "password_too_short")]
    [InlineData("1234567890", "password_too_common")]
    [InlineData("12345678901234", "password_too_common")]
    [InlineData("Password2026!", "password_too_common")]
    [InlineData("indonesia1945", "password_too_common")]
    [InlineData("akucintakamu", "password_too_common")]
    [InlineData("xbudi-santosox", "password_contains_user_name")]
    [InlineData("BUDI-SANTOSO-2026", "password_contains_user_name")]
    public void Finding08_weak_passwords_are_refused_with_a_stable_code(string password, string code) =>
        PasswordPolicy.Check("budi-santoso", password)!.Code.ShouldBe(code);

    [Theory]
    [InlineData("demo-kk-2026!")]
    [InlineData("Kopi-tubruk-pagi-7")]
    [InlineData("rapat kasus rabu pagi")]
    public void Finding08_long_uncommon_passwords_are_accepted(string password) =>
        PasswordPolicy.Check("budi-santoso", password).ShouldBeNull();
}
