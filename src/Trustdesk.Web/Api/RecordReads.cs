using Microsoft.EntityFrameworkCore;
using Trustdesk.Domain.Records;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Api;

/// <summary>Renders a page of records with all their fields, as the capability's typed answer (<c>SiteResponse</c>).</summary>
public delegate Task<IReadOnlyList<TResponse>> RenderRecords<in T, TResponse>(IReadOnlyList<T> records, CancellationToken cancel);

/// <summary>
/// The steps every read of an account's records shares: people without a role in the account get 403 on a
/// collection and 404 on a record (as if it did not exist); a record answers with its ETag; a collection under a
/// parent answers 404 when the parent is not there. The queries come already limited to what the account sees.
/// </summary>
public sealed class RecordReads(Caller caller)
{
    public async Task<ApiResult> ListAsync<T, TResponse>(HttpRequest request, IQueryable<T> query, ListSpec<T> spec, RenderRecords<T, TResponse> render)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        return await Page(request, query, spec, render);
    }

    /// <summary>A collection under a parent record (<c>/services/:id/slas</c>); 404 when the parent is not visible.</summary>
    public async Task<ApiResult> ListUnderAsync<T, TResponse>(HttpRequest request, Func<CancellationToken, Task<bool>> parentExists,
        IQueryable<T> query, ListSpec<T> spec, RenderRecords<T, TResponse> render)
    {
        if (!caller.HasAnyRole || !await parentExists(request.HttpContext.RequestAborted)) return ApiErrors.NotFound();
        return await Page(request, query, spec, render);
    }

    public async Task<ApiResult> GetAsync<T, TResponse>(HttpRequest request, IQueryable<T> source, long id, RenderRecord<T, TResponse> render) where T : Record
    {
        if (!caller.HasAnyRole) return ApiErrors.NotFound();
        var cancel = request.HttpContext.RequestAborted;
        var record = await source.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancel);
        return record is null ? ApiErrors.NotFound() : ApiResult.Ok(ApiJson.Node(await render(record, cancel))).WithETag(record.LockVersion);
    }

    private static Task<ApiResult> Page<T, TResponse>(HttpRequest request, IQueryable<T> query, ListSpec<T> spec, RenderRecords<T, TResponse> render) =>
        Listing.Listing.PageAsync(request, query, spec, records => render(records, request.HttpContext.RequestAborted));
}
