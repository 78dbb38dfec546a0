using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Idempotency;

namespace Trustdesk.Web.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) says what the conventions add to every operation: its server is the
/// public URL, not the host the document was asked for at (ADR 40), and every POST takes an <c>Idempotency-Key</c> (ADR 36).
/// </summary>
public static class OpenApiDocument
{
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer((document, context, _) =>
            {
                if (context.ApplicationServices.GetRequiredService<IOptions<PlatformOptions>>().Value.PublicBase is { } url)
                    document.Servers = [new OpenApiServer { Url = url }];
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.HttpMethod == HttpMethods.Post)
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = IdempotencyKeyHeader.Name,
                        In = ParameterLocation.Header,
                        Description = "Retrying with the same key and body gives the first answer again instead of doing the work twice; "
                                      + $"kept 24 hours. 1 to {IdempotencyKeyHeader.MaxLength} printable ASCII characters.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyKeyHeader.MaxLength },
                    });
                }
                return Task.CompletedTask;
            });
        });
}
