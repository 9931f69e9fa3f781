namespace CaseConference.Gateway.Infrastructure;

/// <summary>Every endpoint documents the problems it may answer, so scripts know what to expect.</summary>
public static class OpenApiDocs
{
    public static TBuilder Problems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder
        : IEndpointConventionBuilder
    {
        foreach (var status in statuses.Append(StatusCodes.Status400BadRequest)
            .Append(StatusCodes.Status401Unauthorized).Distinct())
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Problem),
                ["application/problem+json"]));
        }

        return builder;
    }

    /// <summary>
    /// The usual refusals of a command on one resource: not allowed, not found, state conflict, invalid.
    /// </summary>
    public static TBuilder CommandProblems<TBuilder>(this TBuilder builder) where TBuilder
        : IEndpointConventionBuilder =>
        builder.Problems(403, 404, 409, 422);

    public static TBuilder QueryProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Problems(403, 404);

    /// <summary>
    /// The endpoint compares the request's If-Match with the resource's version (412 when stale;
    /// 428 when missing and <paramref name="required"/>). The document shows the header from this.
    /// </summary>
    public static TBuilder ReadsIfMatch<TBuilder>(this TBuilder builder, bool required = false) where TBuilder
        : IEndpointConventionBuilder =>
        builder.WithMetadata(new IfMatchMetadata(required)).Problems(required ? [412, 428] : [412]);

    /// <summary>
    /// The endpoint answers the resource's version in an ETag header; the document shows it on its 2xx answers.
    /// </summary>
    public static TBuilder SendsETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ETagMetadata());
}

/// <summary>Endpoint metadata: the handler reads If-Match.</summary>
public sealed record IfMatchMetadata(bool Required);

/// <summary>Endpoint metadata: successful answers carry an ETag.</summary>
public sealed record ETagMetadata;
