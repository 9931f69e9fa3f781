using CaseConference.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// The headers of the contract, in the document: If-Match where the endpoint reads it
/// (<see cref="IfMatchMetadata"/>), Idempotency-Key where it honours one (<see cref="IdempotencyMetadata"/>), ETag on
/// the answers that carry one (<see cref="ETagMetadata"/>),
/// and Content-Type (415 for anything but JSON) wherever a body is read.
/// </summary>
public static class ApiDocumentHeaders
{
    public static void AddConcurrencyHeaders(this OpenApiOptions options) =>
        options.AddOperationTransformer((operation, context, _) =>
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IfMatchMetadata>().LastOrDefault() is { } ifMatch)
        {
            operation.Parameters ??= [];
            // A [FromHeader] If-Match is already listed, undocumented; one description for all.
            foreach (var listed in operation.Parameters.Where(p => p.In == ParameterLocation.Header
                && p.Name == "If-Match").ToList())
            {
                operation.Parameters.Remove(listed);
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = ifMatch.Required,
                Description = ifMatch.Required
                    ? "The ETag last read. Required: without it 428 if_match_required; a stale one 412 stale_etag."
                    : "The ETag last read, to refuse the change if someone changed the resource meanwhile (412 stale_etag).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        if (metadata.OfType<IdempotencyMetadata>().Any())
        {
            operation.Parameters ??= [];
            foreach (var listed in operation.Parameters.Where(p => p.In == ParameterLocation.Header
                && p.Name == IdempotentRequest.Header).ToList())
            {
                operation.Parameters.Remove(listed);
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotentRequest.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description =
                    "A key new for each change (1 to 200 visible ASCII characters). Sent again with the same request " +
                    "(after a timeout or a 503), it answers what the first request answered and changes nothing; with another " +
                    "request it is 409 idempotency_key_reused.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
            });
        }

        if (metadata.OfType<ETagMetadata>().Any())
        {
            foreach (var (_, response) in operation.Responses?.Where(r => r.Key.StartsWith('2')) ?? [])
            {
                if (response is OpenApiResponse concrete)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "The resource's version after this request; send it back in If-Match.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                }
            }
        }

        // Routing answers 415 to any body that is not JSON, before the handler: every body endpoint may answer it.
        if (operation.RequestBody is not null && operation.Responses?.TryGetValue("400", out var badRequest) == true)
        {
            operation.Responses["415"] = new OpenApiResponse { Description =
                "Unsupported Media Type: the body is not application/json", Content = badRequest.Content };
            operation.Responses["413"] = new OpenApiResponse { Description =
                "Content Too Large: the body is over 256 kB", Content = badRequest.Content };
        }

        return Task.CompletedTask;
    });
}
