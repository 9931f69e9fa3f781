using CaseConference.Contracts;
using CaseConference.Domain;

namespace CaseConference.Grains.Infrastructure;

internal static class TenantCheck
{
    /// <summary>
    /// TN1: a caller from another panti, or a grain that does not exist yet, answers "not found",
    /// exactly as an unknown id would, so ids of other panti reveal nothing.
    /// </summary>
    public static void RequireSamePanti(this Caller caller, Guid? pantiId, string what)
    {
        if (pantiId is null || pantiId.Value != caller.PantiId)
        {
            throw DomainException.NotFound($"{what}_not_found", $"No such {what.Replace('_', ' ')}.");
        }
    }
}
