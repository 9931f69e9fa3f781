using Shouldly;

namespace CaseConference.Domain.Tests;

/// <summary>Asserts a command is refused with the given kind and stable code.</summary>
internal static class Refusal
{
    public static DomainException Refused(Action command, RefusalKind kind, string code)
    {
        var refusal = Should.Throw<DomainException>(command);
        refusal.Kind.ShouldBe(kind);
        refusal.Code.ShouldBe(code);
        return refusal;
    }
}
