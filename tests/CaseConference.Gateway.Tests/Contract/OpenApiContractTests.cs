using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseConference.Gateway.Features.Conferences;
using CaseConference.Gateway.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace CaseConference.Gateway.Tests.Contract;

/// <summary>
/// The OpenAPI document is the contract scripts and the web app's generated client rely on
/// (issue 7, "The API contract"): it must be valid OpenAPI 3, every reference must resolve, every
/// operation must be named once and say how it is authenticated, and what it documents must be
/// what the handlers really read.
/// </summary>
public sealed partial class OpenApiContractTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    /// <summary>The only operations anyone may call without signing in.</summary>
    private static readonly string[] Anonymous =
    [
        "POST /api/v1/auth/sign-in", "POST /api/v1/auth/token", "GET /api/v1/auth/antiforgery",
            "GET /api/v1/calendar/{token}.ics",
    ];

    [Fact]
    public async Task Contract_document_is_valid_openapi_3_without_errors()
    {
        var text = await world.Anonymous().GetStringAsync("/openapi/v1.json");
        var read = OpenApiDocument.Parse(text, "json");
        read.Diagnostic!.SpecificationVersion.ShouldBe(OpenApiSpecVersion.OpenApi3_1);
        read.Diagnostic.Errors.ShouldBeEmpty(string.Join("; ",
            read.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        var errors = read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        errors.ShouldBeEmpty(string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}")));
    }

    [Fact]
    public async Task Contract_every_reference_resolves()
    {
        var root = await DocumentAsync();
        var references = References(root).ToList();
        references.Count.ShouldBeGreaterThan(100);
        foreach (var reference in references)
        {
            reference.ShouldStartWith("#/");
            Resolve(root, reference).ShouldNotBeNull($"{reference} does not resolve");
        }

        // Security requirements name their schemes by key, not by $ref.
        var schemes = root["components"]!["securitySchemes"]!.AsObject().Select(s => s.Key).ToHashSet();
        foreach (var (name, operation) in Operations(root))
        {
            foreach (var requirement in operation["security"]!.AsArray())
            {
                requirement!.AsObject().Select(r => r.Key).ShouldAllBe(key => schemes.Contains(key), name);
            }
        }
    }

    [Fact]
    public async Task Contract_every_operation_has_a_unique_operation_id()
    {
        var ids = Operations(await DocumentAsync())
            .Select(o => (o.Name, Id: o.Operation["operationId"]?.GetValue<string>())).ToList();
        ids.Where(o => string.IsNullOrWhiteSpace(o.Id)).Select(o => o.Name)
            .ShouldBeEmpty("operations without an operationId (.WithName)");
        ids.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("operationIds used twice");
        ids.Select(o => o.Id!).ShouldAllBe(id => OperationIdShape().IsMatch(id));
    }

    [Fact]
    public async Task Contract_every_operation_is_bearer_or_cookie_or_explicitly_anonymous()
    {
        var root = await DocumentAsync();
        foreach (var (name, operation) in Operations(root))
        {
            var security = operation["security"]?.AsArray();
            security.ShouldNotBeNull($"{name} says nothing about authentication");
            if (Anonymous.Contains(name))
            {
                security.ShouldBeEmpty(name);
                continue;
            }

            var requirements = security.Select(r => r!.AsObject().Select(s => s.Key).Order().ToArray()).ToList();
            var changes = !name.StartsWith("GET ", StringComparison.Ordinal);
            string[] cookie = changes ? ["antiforgery", "cookie"] : ["cookie"];
            requirements.ShouldContain(r => r.SequenceEqual(new[] { "bearer" }), name);
            requirements.ShouldContain(r => r.SequenceEqual(cookie), name);
            requirements.Count.ShouldBe(2, name);
            operation["responses"]!.AsObject().Select(r => r.Key).ShouldContain("401", name);
            operation["responses"]!.AsObject().Select(r => r.Key).ShouldContain("403",
                $"{name}: password_change_required");
        }
    }

    [Fact]
    public async Task Contract_if_match_is_documented_wherever_a_handler_reads_it_and_etag_wherever_one_is_sent()
    {
        var root = await DocumentAsync();
        var readers = Descriptions().Where(d => ReadsIfMatch(d.Description)).Select(d => d.Name).ToList();
        readers.ShouldContain("POST /api/v1/conferences/{id}/close");
        readers.ShouldContain("PUT /api/v1/panti/settings");
        foreach (var (name, operation) in Operations(root))
        {
            var ifMatch = operation["parameters"]?.AsArray().SingleOrDefault(p =>
                p!["in"]!.GetValue<string>() == "header" && p["name"]!.GetValue<string>() == "If-Match");
            (ifMatch is not null).ShouldBe(readers.Contains(name),
                $"{name}: If-Match documented iff the handler reads it");
            var etag = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2'))
                .Any(r => r.Value!["headers"]?["ETag"] is not null);
            if (ifMatch is not null)
            {
                etag.ShouldBeTrue($"{name} reads If-Match, so it answers the new ETag");
                operation["responses"]!.AsObject().Select(r => r.Key).ShouldContain("412", name);
            }
        }

        var required = Operations(root).Where(o => o.Operation["parameters"]?.AsArray()
            .Any(p => p!["name"]!.GetValue<string>() == "If-Match" && p["required"]?.GetValue<bool>() == true) == true)
            .Select(o => o.Name).ToList();
        required.ShouldBe(
            ["PUT /api/v1/panti/settings", "POST /api/v1/conferences/{id}/agenda",
                "PUT /api/v1/conferences/{id}/attendance/{staffId}", "PUT /api/v1/conferences/{id}/attendance"],
            ignoreOrder: true);
        foreach (var name in new[] { "GET /api/v1/conferences/{id}", "GET /api/v1/panti/settings",
            "GET /api/v1/review-schedule" })
        {
            Operation(root, name)["responses"]!["200"]!["headers"]?["ETag"].ShouldNotBeNull(name);
        }
    }

    [Fact]
    public async Task Contract_each_request_schema_has_exactly_the_properties_its_body_record_binds()
    {
        var root = await DocumentAsync();
        var checkedBodies = 0;
        foreach (var (name, description) in Descriptions())
        {
            var body = description.ParameterDescriptions.SingleOrDefault(p => p.Source == BindingSource.Body)?.Type;
            var schema = Operation(root, name)["requestBody"]?["content"]?["application/json"]?["schema"];
            if (body is null)
            {
                schema.ShouldBeNull($"{name} binds no body but documents one");
                continue;
            }

            schema.ShouldNotBeNull($"{name} binds {body.Name} but documents no JSON body");
            var documented = Resolve(root, schema["$ref"]!.GetValue<string>())!;
            var expected = Bound(body);
            documented["properties"]!.AsObject().Select(p => p.Key).ShouldBe(expected.Keys, ignoreOrder: true,
                $"{name} ({body.FullName})");
            (documented["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).ShouldBe(
                expected.Where(p => p.Value).Select(p => p.Key), ignoreOrder: true,
                    $"{name} ({body.FullName}) required");
            checkedBodies++;
        }

        checkedBodies.ShouldBeGreaterThan(30);
    }

    [Fact]
    public async Task Contract_each_success_schema_has_the_properties_of_what_its_handler_returns()
    {
        var root = await DocumentAsync();
        var checkedAnswers = 0;
        foreach (var (name, description) in Descriptions())
        {
            var method = description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().First();
            var returned = Answered(method.ReturnType);
            foreach (var (status, response) in Operation(root, name)["responses"]!.AsObject()
                .Where(r => r.Key.StartsWith('2')))
            {
                var content = response!["content"]?.AsObject();
                if (returned is null)
                {
                    content.ShouldBeNull($"{name} answers no body but documents one");
                    continue;
                }

                if (returned == typeof(string))
                {
                    content!.Select(c => c.Key).Single().ShouldBeOneOf(["text/calendar", "text/csv"], name);
                    continue;
                }

                var schema = content!["application/json"]!["schema"]!;
                var type = returned;
                if (Element(type) is { } element)
                {
                    schema["type"]!.GetValue<string>().ShouldBe("array", name);
                    schema = schema["items"]!;
                    type = element;
                }

                if (type.IsPrimitive || type == typeof(DateTimeOffset) || type == typeof(Guid))
                {
                    continue;
                }

                var documented = schema["$ref"] is { } reference ? Resolve(root, reference.GetValue<string>())!
                    : schema;
                documented["properties"]!.AsObject().Select(p => p.Key).ShouldBe(Bound(type).Keys, ignoreOrder: true,
                    $"{name} {status} answers {type.FullName}");
                checkedAnswers++;
            }
        }

        checkedAnswers.ShouldBeGreaterThan(25);
    }

    /// <summary>
    /// The type of the body a handler answers: T of Ok&lt;T&gt;/Created&lt;T&gt;; null for NoContent; string for text.
    /// </summary>
    private static Type? Answered(Type returnType)
    {
        var result = returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? returnType.GetGenericArguments()[0] : returnType;
        // A text body, given as a string or as UTF-8 bytes (the client list's CSV, with its BOM).
        if (result == typeof(Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult)
            || result == typeof(Microsoft.AspNetCore.Http.HttpResults.Utf8ContentHttpResult))
        {
            return typeof(string);
        }

        // Results<Created<T>, Ok<T>>: every case answers the same T here.
        while (result.IsGenericType
            && typeof(Microsoft.AspNetCore.Http.IResult).IsAssignableFrom(result.GetGenericArguments()[0]))
        {
            result = result.GetGenericArguments()[0];
        }

        return result.IsGenericType ? result.GetGenericArguments()[0] : null;
    }

    private static Type? Element(Type type) => type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0] is { } e && type != typeof(string) ? e : null;

    /// <summary>
    /// What a body record binds, by reflection: camelCase names; required when neither nullable nor defaulted.
    /// </summary>
    private static Dictionary<string, bool> Bound(Type body)
    {
        var nullability = new NullabilityInfoContext();
        var constructor = body.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters().ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase);
        return body.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p =>
                parameters.TryGetValue(p.Name, out var parameter)
                && !parameter.HasDefaultValue
                && Nullable.GetUnderlyingType(parameter.ParameterType) is null
                && (parameter.ParameterType.IsValueType
                    || nullability.Create(parameter).WriteState != NullabilityState.Nullable));
    }

    private static bool ReadsIfMatch(ApiDescription description)
    {
        var method = description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        return method?.GetParameters().Any(p => p.ParameterType == typeof(ConferenceEndpoints.Ctx)
            || p.GetCustomAttribute<FromHeaderAttribute>()?.Name == "If-Match") == true;
    }

    private IEnumerable<(string Name, ApiDescription Description)> Descriptions() =>
        world.Gateway.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true)
            .Select(d => ($"{d.HttpMethod} /{RouteConstraint().Replace(d.RelativePath!, "").TrimEnd('/')}", d));

    private async Task<JsonNode> DocumentAsync() =>
        JsonNode.Parse(await world.Anonymous().GetStringAsync("/openapi/v1.json"))!;

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode root) => root["paths"]!.AsObject()
        .SelectMany(p => p.Value!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(o => ($"{o.Key.ToUpperInvariant()} {p.Key}", o.Value!)));

    private static JsonNode Operation(JsonNode root, string name)
    {
        var (method, path) = (name[..name.IndexOf(' ')], name[(name.IndexOf(' ') + 1)..]);
        return root["paths"]![path]?[method.ToLowerInvariant()]
            ?? throw new ShouldAssertException($"{name} is not in the document");
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o =>
            o.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? [v.GetValue<string>()] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    private static JsonNode? Resolve(JsonNode root, string reference) => reference.TrimStart('#', '/').Split('/')
        .Aggregate<string, JsonNode?>(root, (node, segment) => node?[segment.Replace("~1", "/").Replace("~0", "~")]);

    [GeneratedRegex("^[A-Z][A-Za-z]+$")]
    private static partial Regex OperationIdShape();

    [GeneratedRegex(":[a-z]+(?=})")]
    private static partial Regex RouteConstraint();
}
