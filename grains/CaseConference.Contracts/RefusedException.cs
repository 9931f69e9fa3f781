using CaseConference.Domain;

namespace CaseConference.Contracts;

/// <summary>
/// A product rule refused a command (the wire form of the domain's <see cref="DomainException"/>).
/// The gateway maps <see cref="Kind"/> to 403/404/409/422 and shows <see cref="Code"/>.
/// </summary>
[GenerateSerializer]
public sealed class RefusedException : Exception
{
    public RefusedException(RefusalKind kind, string code, string message) : base(message)
    {
        Kind = kind;
        Code = code;
    }

    [Id(0)] public RefusalKind Kind { get; }

    [Id(1)] public string Code { get; }

    public static RefusedException From(DomainException e) => new(e.Kind, e.Code, e.Message);
}
