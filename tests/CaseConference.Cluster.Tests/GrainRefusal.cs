using CaseConference.Contracts;
using CaseConference.Domain;
using Shouldly;

namespace CaseConference.Cluster.Tests;

/// <summary>
/// A grain call's refusal, as a caller of the cluster sees it (the domain tests' <c>Refusal</c> asserts
/// the <see cref="DomainException"/> itself).
/// </summary>
internal static class GrainRefusal
{
    /// <summary>
    /// The call is refused with a typed error of <paramref name="kind"/> (the API's 403/404/409/422).
    /// </summary>
    public static async Task<RefusedException> Of(RefusalKind kind, Func<Task> call)
    {
        var refused = await Should.ThrowAsync<RefusedException>(call);
        refused.Kind.ShouldBe(kind, refused.Message);
        return refused;
    }
}
