using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Api.Idempotency;

namespace Trustdesk.Web.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) says what the conventions add to every operation: its server is the
/// public URL, not the host the document was asked for at (ADR 40); every operation is called with a bearer token and may
/// name the account it acts in (<c>X-4me-Account</c>); every POST takes an <c>Idempotency-Key</c> (ADR 36); every
/// operation may be refused for its token (401), its rate (429) or the database (503); and the headers the conventions
/// answer with (<c>ETag</c>, paging) are named where they come. What each operation takes and answers is declared where
/// it is mapped (<see cref="ApiContracts"/>, ADR 45).
/// </summary>
public static class OpenApiDocument
{
    private const string BearerScheme = "bearer";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions)).AddOpenApi(openApi =>
        {
            openApi.AddSchemaTransformer(DialectSchemas.DescribeAsync);
            openApi.AddOperationTransformer(ConventionalAnswers.DescribeAsync);
            openApi.AddDocumentTransformer((document, context, _) =>
            {
                if (context.ApplicationServices.GetRequiredService<IOptions<PlatformOptions>>().Value.PublicBase is { } url)
                    document.Servers = [new OpenApiServer { Url = url }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [BearerScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "An API token of a person (POST /v1/access_tokens), or the platform operator's token.",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer((operation, context, _) =>
            {
                operation.Parameters ??= [];
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<MatchedVersion>().Any())
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = "If-Match",
                        In = ParameterLocation.Header,
                        Description = "The ETag of the version read: the change is made only if the record is still that version (else 412).",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = CallerResolution.AccountHeaders[0],
                    In = ParameterLocation.Header,
                    Description = "The account the call acts in (its id, e.g. widget-it-nl); without it, the person's own. "
                                  + $"{CallerResolution.AccountHeaders[1]} is accepted as well.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = AccountSlug.PatternText },
                });
                if (context.Description.HttpMethod == HttpMethods.Post)
                {
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
