using Microsoft.AspNetCore.Mvc;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>Every endpoint documents the problems it may answer, so scripts know what to expect.</summary>
public static class OpenApiDocs
{
    public static TBuilder Problems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses.Append(StatusCodes.Status400BadRequest).Append(StatusCodes.Status401Unauthorized).Distinct())
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }

        return builder;
    }

    /// <summary>The usual refusals of a command on one resource: not allowed, not found, state conflict, invalid.</summary>
    public static TBuilder CommandProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Problems(403, 404, 409, 422);

    public static TBuilder QueryProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Problems(403, 404);
}
