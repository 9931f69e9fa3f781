using CaseConference.Domain.Accounts;
using CaseConference.Gateway.Infrastructure;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>The password policy as a 422 naming the field, with the policy's own code.</summary>
internal static class PasswordRules
{
    public static void Require(string field, string userName, string? password)
    {
        if (PasswordPolicy.Check(userName, password) is { } refusal)
        {
            throw RequestValidationException.Field(field, refusal.Code, refusal.Message);
        }
    }
}
