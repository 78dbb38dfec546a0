using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>The account's products, for people with a role there (no other account reads them; a supporting provider learns a CI's product's name only).</summary>
public sealed class ListProducts(TrustdeskDbContext db, Caller caller, RecordReads reads, ProductJson json)
{
    private static readonly ListSpec<Product> Spec = ListSpec.Of<Product>()
        .FilterAndSort("id", p => p.Id)
        .FilterAndSort("name", p => p.Name)
        .FilterAndSort("brand", p => p.Brand)
        .FilterAndSort("model", p => p.Model)
        .FilterAndSort("category", p => p.Category)
        .Filter("disabled", p => p.Disabled)
        .FilterAndSort("created_at", p => p.CreatedAt)
        .FilterAndSort("updated_at", p => p.UpdatedAt)
        .Filter("sourceID", p => p.SourceId)
        .OrderBy(p => p.Id)
        .Fields<ProductResponse>(ProductJson.CollectionFields);

    public Task<ApiResult> ListAsync(HttpRequest request) => reads.ListAsync(request, db.Products.AsNoTracking(), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.Products, id, json.RenderAsync);

    /// <summary>One page of the account's products by name, rendered as the API renders them: the console's list.</summary>
    public async Task<ListPage<ProductResponse>> PageAsync(int page, int perPage, CancellationToken cancel)
    {
        if (!caller.HasAnyRole) return new ListPage<ProductResponse>([], false);
        var (rows, hasNext) = await Listing.SliceAsync(db.Products.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id), page, perPage, cancel);
        return new ListPage<ProductResponse>(await json.RenderAsync(rows, cancel), hasNext);
    }

    /// <summary>A product of the account, as the API renders it, and the record (its version); null when it is not the account's.</summary>
    public async Task<(ProductResponse Product, Product Own)?> FindAsync(long id, CancellationToken cancel) =>
        caller.HasAnyRole && await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancel) is { } product
            ? (await json.RenderAsync(product, cancel), product)
            : null;
}
