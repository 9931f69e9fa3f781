using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>The signed-in person chooses the web app's language (<c>id</c> by default, or <c>en</c>).</summary>
public sealed record SetLanguage(AccountKey Account, string Language) : Mediator.IRequest, IValidated
{
    public sealed record Body(string Language);

    public void Validate(Checks checks) => checks
        .That(Languages.IsKnown(Language), "language", $"must be one of: {string.Join(", ", Languages.All)}.");
}

public sealed class SetLanguageHandler(IClusterClient cluster) : IRequestHandler<SetLanguage>
{
    public async ValueTask<Unit> Handle(SetLanguage request, CancellationToken cancellationToken)
    {
        await cluster.Account(request.Account).SetLanguage(request.Language);
        return Unit.Value;
    }
}
