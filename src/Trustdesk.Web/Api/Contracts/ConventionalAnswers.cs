using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Trustdesk.Web.Api.Contracts;

/// <summary>
/// The answers the conventions give, described on every operation of the OpenAPI document: what each status means here,
/// the refusals any call can meet (401, 403, 429, 503) and the headers of records and collections.
/// </summary>
internal static class ConventionalAnswers
{
    private static readonly Dictionary<int, string> Meanings = new()
    {
        [200] = "OK",
        [201] = "Created: the record, with its ETag",
        [204] = "Done; no body",
        [400] = "Malformed: not JSON, or a filter, sort, fields or page parameter that is not allowed",
        [401] = "No valid API token",
        [403] = "The caller's roles do not allow this in the account (or the platform operator called what only accounts' people may)",
        [404] = "No such record, or one the caller may not see (the answers are the same)",
        [409] = "Changed concurrently by another call, or not allowed in the record's present state",
        [412] = "If-Match names a version the record no longer has",
        [413] = "The body is larger than 1 MiB",
        [422] = "Validation failed: every faulty field, with what is wrong",
        [429] = "Over the token's rate limit; X-RateLimit-Reset says when the window resets",
        [503] = "Overloaded or the database is out of reach: nothing was done; try again after Retry-After seconds",
    };

    private static readonly string[] PageHeaders =
        ["X-Pagination-Per-Page", "X-Pagination-Current-Page", "X-Pagination-Total-Pages", "X-Pagination-Total-Entries"];

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        operation.Responses ??= [];
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<TakesBodyOf>().FirstOrDefault() is { } body)
        {
            // Named among the document's schemas (RequestUpdateInput), as the answers are, not repeated inline per operation.
            context.Document!.AddComponent(body.Input.Name, await context.GetOrCreateSchemaAsync(body.Input, null, cancel));
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = body.Required,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ApiContracts.JsonContentType] = new() { Schema = new OpenApiSchemaReference(body.Input.Name, context.Document) },
                },
            };
        }
        // Every contract (ApiContracts) refuses something, so ApiError is always among the document's schemas.
        var error = new OpenApiSchemaReference(nameof(ApiError), context.Document);
        // Any call: a token that is not valid, the platform operator where only accounts' people are served, the rate, the database.
        foreach (var status in new[] { 401, 403, 429, 503 })
            operation.Responses.TryAdd(status.ToString(), new OpenApiResponse { Content = new Dictionary<string, OpenApiMediaType> { [ApiContracts.JsonContentType] = new() { Schema = error } } });
        foreach (var (code, response) in operation.Responses)
        {
            if (response is not OpenApiResponse answer) continue;
            // The framework describes a status by its reason phrase; here is what it means in this API.
            if (int.TryParse(code, out var status) && Meanings.TryGetValue(status, out var meaning)) answer.Description = meaning;
            if (status is 200 or 201 && metadata.OfType<VersionedRecord>().Any())
                Header(answer, "ETag", "The record's version, for If-Match");
            if (status == 200 && metadata.OfType<PagedCollection>().Any())
            {
                answer.Description = "A page of records, each with id and the fields asked for (fields=), else the collection's own: "
                                     + "no other field is required in them, and a field a record does not have is null";
                foreach (var name in PageHeaders) Header(answer, name, "Paging (4me)");
                Header(answer, "Link", "first, prev, next and last pages, as RFC 8288 links");
            }
            if (status == 503) Header(answer, "Retry-After", "Seconds to wait before trying again");
        }
    }

    private static void Header(OpenApiResponse answer, string name, string description)
    {
        answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
        answer.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }
}
