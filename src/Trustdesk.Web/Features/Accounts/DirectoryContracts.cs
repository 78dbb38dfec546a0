using Microsoft.OpenApi;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Accounts;

/// <summary>
/// Contract kinds the directory's endpoints need beyond <see cref="ApiContracts"/>'s: answers that carry no version (no
/// <c>ETag</c>: the caller's own person and account, an account, a person's roles), an optional body, a write answering
/// no body. Kept here until they join <see cref="ApiContracts"/>.
/// </summary>
public static class DirectoryContracts
{
    /// <summary>One record, without an <c>ETag</c> (nothing changes it by <c>If-Match</c>); refusals as the operation states.</summary>
    public static RouteHandlerBuilder Shows<TResponse>(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary).Produces<TResponse>();

    /// <summary>
    /// An action whose JSON body is optional (what it takes may come as query parameters instead), answering the record it
    /// acted on; refusals as <see cref="ApiContracts.Acts{TInput, TResponse}"/>'s. The body is described in the document
    /// only: <c>Accepts</c> metadata would also take part in routing, which sends a call without a JSON <c>Content-Type</c>
    /// (one with no body at all, here) to the fallback's 404, even when the body is declared optional.
    /// </summary>
    public static RouteHandlerBuilder ActsWithOptionalBody<TInput, TResponse>(this RouteHandlerBuilder endpoint, string summary) where TInput : notnull => endpoint
        .WithSummary(summary).Produces<TResponse>()
        .AddOpenApiOperationTransformer(async (operation, context, cancel) => operation.RequestBody = new OpenApiRequestBody
        {
            Required = false,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ApiContracts.JsonContentType] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(TInput), null, cancel) },
            },
        })
        .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

    /// <summary>A write from a JSON body that answers 204 and no body (a password: never shown again).</summary>
    public static RouteHandlerBuilder Sets<TInput>(this RouteHandlerBuilder endpoint, string summary) where TInput : notnull => endpoint
        .WithSummary(summary).Accepts<TInput>(ApiContracts.JsonContentType).Produces(StatusCodes.Status204NoContent)
        .Refuses(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

    /// <summary>
    /// A short collection answered whole, not paged: no <c>fields</c>, <c>sort</c> or paging parameters (they are
    /// ignored), only <c>X-Pagination-Total-Entries</c>; refusals as the operation states.
    /// </summary>
    public static RouteHandlerBuilder ListsWhole<TResponse>(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary).Produces<TResponse[]>();
}
