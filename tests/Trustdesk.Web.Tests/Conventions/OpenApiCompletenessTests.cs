using System.Text.Json.Nodes;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Tests.Fuzz;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// The OpenAPI document describes the whole API (issue 15, ADR 45): it is a valid OpenAPI document, and every <c>/v1</c>
/// route and method the app maps is in it with a summary, the body it takes, what it answers on success and the
/// refusals it can give, each refusal with the error body. A newcomer learns a field name from the document, not from C#.
/// </summary>
public sealed class OpenApiCompletenessTests
{
    private static readonly string[] EveryCallsRefusals = ["401", "403", "429", "503"];

    [Fact]
    public async Task The_document_is_valid_OpenAPI()
    {
        var text = (await TestWorld.Shared.Anonymous.GetAsync("/openapi/v1.json")).Expect(200).Text;

        var read = Microsoft.OpenApi.OpenApiDocument.Parse(text, "json");

        Assert.NotNull(read.Document);
        Assert.True(read.Diagnostic?.Errors.Count is null or 0,
            "the document is not valid OpenAPI:\n" + string.Join("\n", read.Diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.StartsWith("3.1", read.Diagnostic!.SpecificationVersion.ToString().Replace("OpenApi", "").Replace('_', '.'));
    }

    [Fact]
    public async Task Every_route_and_method_is_described_with_what_it_takes_and_answers()
    {
        var document = (await TestWorld.Shared.Anonymous.GetAsync("/openapi/v1.json")).Expect(200).Record;
        // Every routed operation; the JSON fallback of unknown paths (no method) is not part of the API.
        var endpoints = ApiOperations.WithMetadata(TestServers.Shared).Where(o => o.Operation.Method is not null).ToList();
        Assert.True(endpoints.Count > 150, $"only {endpoints.Count} operations were discovered");

        var faults = new List<string>();
        foreach (var ((method, template), metadata) in endpoints)
        {
            var name = $"{method} {template}";
            if (document["paths"]?[template]?[method!.ToLowerInvariant()] is not JsonObject operation)
            {
                faults.Add($"{name}: not in the document");
                continue;
            }
            if (string.IsNullOrWhiteSpace(operation.Str("summary"))) faults.Add($"{name}: no summary");
            var responses = operation["responses"]?.AsObject() ?? [];
            var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
            if (successes.Count == 0) faults.Add($"{name}: no success answer");
            foreach (var (status, response) in successes.Where(r => r.Key != "204"))
                if (response?["content"]?.AsObject().Any(c => c.Value?["schema"] is not null) != true)
                    faults.Add($"{name}: its {status} answer has no body schema");
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                if (response?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/ApiError")
                    faults.Add($"{name}: its {status} answer is not the error body");
            foreach (var status in EveryCallsRefusals.Where(s => !responses.ContainsKey(s)))
                faults.Add($"{name}: no {status} answer");
            var takesBody = method is "POST" or "PUT" or "PATCH" && !metadata.OfType<TakesNoBody>().Any();
            if (takesBody && operation["requestBody"]?["content"]?["application/json"]?["schema"] is null)
                faults.Add($"{name}: no request body (an action without one says so: ApiContracts.Acts)");
        }
        Assert.True(faults.Count == 0, $"{faults.Count} faults in the OpenAPI document:\n" + string.Join("\n", faults));
    }

    [Fact]
    public async Task A_text_input_naming_an_enum_lists_the_names_its_validation_accepts()
    {
        var document = (await TestWorld.Shared.Anonymous.GetAsync("/openapi/v1.json")).Expect(200).Record;
        var body = document["paths"]!["/v1/requests/{id}"]!["patch"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var input = document["components"]!["schemas"]![body["$ref"]!.GetValue<string>().Split('/')[^1]]!;

        Assert.Equal(SnakeCaseEnum<RequestStatus>.Names,
            input["properties"]!["status"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList());
        Assert.Equal(SnakeCaseEnum<CompletionReason>.Names,
            input["properties"]!["completion_reason"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList());
    }

    [Fact]
    public async Task References_and_the_error_body_carry_examples_of_their_own_shape()
    {
        var schemas = (await TestWorld.Shared.Anonymous.GetAsync("/openapi/v1.json")).Expect(200).Record["components"]!["schemas"]!;

        foreach (var name in new[] { "RecordRef", "AccountRef", "ApiError" })
        {
            var example = schemas[name]!["examples"]![0]!.AsObject();
            var properties = schemas[name]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
            Assert.True(example.All(field => properties.Contains(field.Key)), $"{name}'s example has a field its schema lacks: {example.ToJsonString()}");
            Assert.All(schemas[name]!["required"]?.AsArray() ?? [], required => Assert.True(example.ContainsKey(required!.GetValue<string>())));
        }
    }
}
