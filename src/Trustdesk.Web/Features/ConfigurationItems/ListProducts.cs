using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>The account's products, for people with a role there (no other account reads them; a supporting provider learns a CI's product's name only).</summary>
public sealed class ListProducts(TrustdeskDbContext db, RecordReads reads, ProductJson json)
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
}
