using System.Text.Json.Nodes;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Requests;

/// <summary>
/// What the OpenAPI document says of requests (ADR 45): a request's enum fields list the names the API writes (the
/// database's snake_case names), and each request operation answers its typed record, so a client learns
/// <c>waiting_for_customer</c> and the shape of an audit entry from the document.
/// </summary>
public sealed class RequestContractTests
{
    private const string Schemas = "#/components/schemas/";

    [Fact]
    public async Task The_request_schema_lists_the_names_of_RequestStatus_as_its_status_enum()
    {
        var document = await DocumentAsync();

        var status = PropertySchema(document, nameof(RequestResponse), "status");

        Assert.Equal(SnakeCaseEnum<RequestStatus>.Names.Order(StringComparer.Ordinal), EnumNames(status).Order(StringComparer.Ordinal));
        Assert.Contains("waiting_for_customer", EnumNames(status));
    }

    [Fact]
    public async Task The_request_schema_lists_the_names_of_its_other_enums()
    {
        var document = await DocumentAsync();

        Assert.Equal(SnakeCaseEnum<RequestCategory>.Names.Order(StringComparer.Ordinal),
            EnumNames(PropertySchema(document, nameof(RequestResponse), "category")).Order(StringComparer.Ordinal));
        Assert.Equal(SnakeCaseEnum<RequestImpact>.Names.Order(StringComparer.Ordinal),
            EnumNames(PropertySchema(document, nameof(RequestResponse), "impact")).Order(StringComparer.Ordinal));
        Assert.Equal(SnakeCaseEnum<CompletionReason>.Names.Order(StringComparer.Ordinal),
            EnumNames(PropertySchema(document, nameof(RequestResponse), "completion_reason")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/v1/requests", "get", "RequestResponse", true)]
    [InlineData("/v1/requests/open", "get", "RequestResponse", true)]
    [InlineData("/v1/requests/{id}", "get", "RequestResponse", false)]
    [InlineData("/v1/requests", "post", "RequestResponse", false)]
    [InlineData("/v1/requests/{id}", "patch", "RequestResponse", false)]
    [InlineData("/v1/requests/{id}/notes", "get", "NoteResponse", true)]
    [InlineData("/v1/requests/{id}/notes", "post", "NoteResponse", false)]
    [InlineData("/v1/requests/{id}/audit", "get", "AuditEntryResponse", true)]
    [InlineData("/v1/requests/{id}/affected_slas", "get", "AffectedSlaResponse", true)]
    [InlineData("/v1/requests/{id}/audience", "get", "RequestAudienceResponse", true)]
    [InlineData("/v1/people/{id}/service_instance_coverages", "get", "CoveredServiceInstanceResponse", true)]
    public async Task Each_request_operation_answers_its_record(string path, string method, string record, bool many)
    {
        var document = await DocumentAsync();
        var operation = document["paths"]![path]![method]!;

        var success = operation["responses"]!.AsObject().Single(r => r.Key.StartsWith('2')).Value!;
        var schema = success["content"]!["application/json"]!["schema"]!;

        Assert.Equal(Schemas + record, (many ? schema["items"] : schema)?["$ref"]?.GetValue<string>());
    }

    private static async Task<JsonObject> DocumentAsync() =>
        (await TestWorld.Shared.Anonymous.GetAsync("/openapi/v1.json")).Expect(200).Record;

    /// <summary>A property's schema, its <c>$ref</c> followed (also the one beside <c>null</c> of a nullable property's <c>oneOf</c>).</summary>
    private static JsonNode PropertySchema(JsonObject document, string record, string property)
    {
        var schema = document["components"]!["schemas"]![record]!["properties"]![property]
                     ?? throw new InvalidOperationException($"{record} has no property {property} in the document");
        if (schema["oneOf"] is JsonArray choices) schema = choices.Single(c => c!["type"]?.ToString() != "null")!;
        return schema["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference[Schemas.Length..]]!
            : schema;
    }

    /// <summary>The names an enum schema lists (a nullable one's <c>null</c> left out).</summary>
    private static List<string> EnumNames(JsonNode schema) =>
        (schema["enum"] as JsonArray ?? throw new InvalidOperationException($"no enum in {schema.ToJsonString()}"))
        .OfType<JsonNode>().Select(v => v.GetValue<string>()).ToList();
}
