using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// A 200 whose JSON was serialized before (issue 9: a schedule build's bytes, made once and sent
/// to every reader), documented as <typeparamref name="T"/> like <c>TypedResults.Ok&lt;T&gt;</c>.
/// </summary>
public sealed class SerializedJson<T>(byte[] json) : IResult, IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = json.Length;
        return httpContext.Response.Body.WriteAsync(json).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK,
            typeof(T), ["application/json"]));
}
