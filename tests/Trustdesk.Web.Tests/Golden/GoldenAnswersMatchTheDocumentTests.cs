using System.Text.Json;
using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Fuzz;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Golden;

/// <summary>
/// The OpenAPI document tells the truth about the answers (ADR 45): every answer recorded in the golden files has a
/// status its operation declares, and a JSON body that its schema describes — no field the schema lacks (the schemas
/// allow no others), every required one there, each value of its type and, for an enum, one of its values. A response
/// record that drifts from what the renderer writes, or a refusal a contract forgot, fails here.
/// </summary>
public sealed class GoldenAnswersMatchTheDocumentTests
{
    [Fact]
    public async Task Every_recorded_answer_has_a_declared_status_and_fits_its_schema()
    {
        var document = (await TestWorld.Shared.Anonymous.GetAsync("/openapi/v1.json")).Expect(200).Record;
        var faults = new List<string>();
        var answers = 0;
        foreach (var operation in ApiOperations.Of(TestServers.Shared).Where(o => o.Method is not null))
        {
            var file = Path.Combine(GoldenFiles.Folder, GoldenFiles.NameOf(operation));
            if (!File.Exists(file) || document["paths"]?[operation.Template]?[operation.Method!.ToLowerInvariant()] is not JsonObject described) continue;
            foreach (var answer in AnswerText.Read(File.ReadAllText(file)))
            {
                answers++;
                var where = $"{operation.Name} ({answer.Call} → {answer.Status})";
                if (described["responses"]?[answer.Status.ToString()] is not JsonObject response)
                {
                    faults.Add($"{where}: status not declared");
                    continue;
                }
                if (answer.Json is not { } body) continue;
                var schema = response["content"]?["application/json"]?["schema"];
                if (schema is null)
                {
                    faults.Add($"{where}: a JSON body, but no JSON schema declared");
                    continue;
                }
                // A collection's records carry only the fields asked for (fields=, or the collection's defaults), null where
                // a record has no such field (a workflow of another account has only its header).
                var paged = response["headers"]?["X-Pagination-Total-Entries"] is not null;
                new SchemaCheck(document, faults, where).Check(body, schema, "$", fieldsAsked: paged);
            }
        }
        Assert.True(answers > 500, $"only {answers} recorded answers were checked");
        Assert.True(faults.Count == 0, $"{faults.Count} recorded answers the document does not describe:\n" + string.Join("\n", faults));
    }

    /// <summary>The parts of JSON Schema (2020-12, as OpenAPI 3.1 writes it) the document's schemas use.</summary>
    private sealed class SchemaCheck(JsonNode document, List<string> faults, string where)
    {
        public void Check(JsonNode? value, JsonNode? schema, string path, bool fieldsAsked = false)
        {
            var fault = Fault(value, schema, path, fieldsAsked);
            if (fault is not null) faults.Add($"{where}: {fault}");
        }

        private string? Fault(JsonNode? value, JsonNode? schema, string path, bool fieldsAsked)
        {
            schema = Resolve(schema);
            if (schema is not JsonObject rules || rules.Count == 0) return null;
            foreach (var key in new[] { "oneOf", "anyOf" })
                if (rules[key] is JsonArray alternatives)
                {
                    var misfits = alternatives.Select(a => Fault(value, a, path, fieldsAsked)).ToList();
                    return misfits.Any(m => m is null) ? null : $"{path}: fits none of {key} ({string.Join("; ", misfits)})";
                }
            if (rules["type"] is { } type && !Types(type).Contains(Kind(value)) && !(Kind(value) == "integer" && Types(type).Contains("number"))) return $"{path}: {Kind(value)}, declared {type.ToJsonString()}";
            if (rules["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
                return $"{path}: {value?.ToJsonString()} is none of {values.ToJsonString()}";
            switch (value)
            {
                case JsonObject record:
                    var properties = rules["properties"]?.AsObject();
                    foreach (var (name, field) in record)
                    {
                        // A collection writes every field asked for; one its record does not have comes as null.
                        if (fieldsAsked && field is null) continue;
                        if (properties?[name] is not { } property)
                        {
                            if (rules["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>()) return $"{path}.{name}: not in the schema";
                            continue;
                        }
                        if (Fault(field, property, $"{path}.{name}", false) is { } inner) return inner;
                    }
                    if (!fieldsAsked && rules["required"] is JsonArray required)
                        foreach (var name in required.Select(r => r!.GetValue<string>()).Where(n => !record.ContainsKey(n)))
                            return $"{path}.{name}: required, missing";
                    return null;
                case JsonArray items:
                    for (var i = 0; i < items.Count; i++)
                        if (Fault(items[i], rules["items"], $"{path}[{i}]", fieldsAsked) is { } inner) return inner;
                    return null;
                default:
                    return null;
            }
        }

        private JsonNode? Resolve(JsonNode? schema)
        {
            while (schema?["$ref"]?.GetValue<string>() is { } reference)
                schema = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                    .Aggregate((JsonNode?)document, (node, part) => node?[part.Replace("~1", "/").Replace("~0", "~")]);
            return schema;
        }

        private static string[] Types(JsonNode type) =>
            type is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToArray() : [type.GetValue<string>()];

        private static string Kind(JsonNode? value) => value?.GetValueKind() switch
        {
            null or JsonValueKind.Null => "null",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.String => "string",
            JsonValueKind.Array => "array",
            JsonValueKind.Object => "object",
            _ => value.GetValue<JsonElement>().TryGetInt64(out _) ? "integer" : "number",
        };
    }
}
