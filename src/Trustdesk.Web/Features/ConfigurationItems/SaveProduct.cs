using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>Writes the account's products: administrators and configuration managers.</summary>
public sealed class SaveProduct(TrustdeskDbContext db, Caller caller, ProductJson json, RecordWrites writes)
{
    public static readonly IReadOnlyCollection<string> Writers = [Role.ConfigurationManager];

    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<Product, ProductInput, ProductResponse>(request, new Product(), ApplyAsync, json.RenderAsync, Writers);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<Product, ProductInput, ProductResponse>(request,
            await db.Products.FirstOrDefaultAsync(p => p.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync, Writers);

    public bool MayWrite => writes.MayWrite(Writers);

    /// <summary>A new product from a console form that sets <paramref name="fields"/> of <paramref name="input"/>; the 201, or why not.</summary>
    public Task<ApiResult> CreateAsync(ProductInput input, IReadOnlySet<string> fields, CancellationToken cancel) =>
        writes.CreateAsync<Product, ProductInput, ProductResponse>(new Product(), () => JsonBody.Of(input, fields), ApplyAsync, json.RenderAsync,
            cancel, Writers);

    /// <summary>A console form's change, only while the product is still at <paramref name="version"/> (else 412); the 200, or why not.</summary>
    public async Task<ApiResult> UpdateAsync(long id, ProductInput input, IReadOnlySet<string> fields, int version, CancellationToken cancel) =>
        await writes.UpdateAsync<Product, ProductInput, ProductResponse>(await db.Products.FirstOrDefaultAsync(p => p.Id == id, cancel),
            found => found.LockVersion == version ? null : ApiErrors.PreconditionFailed(), () => JsonBody.Of(input, fields), ApplyAsync,
            json.RenderAsync, cancel, Writers);

    private async Task<ApiResult?> ApplyAsync(Product product, JsonBody<ProductInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("brand", input.Brand, Limits.Code)
            .Text("model", input.Model, Limits.Code)
            .Text("category", input.Category, Limits.Code)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code);
        if (check.IsValid && body.Has("name"))
        {
            var name = input.Name!.Trim();
            if (await db.Products.AnyAsync(p => p.AccountId == caller.AccountId && p.Name == name && p.Id != product.Id, cancel))
                check.Add("name", "has already been taken");
        }
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) product.Name = input.Name!.Trim();
        if (body.Has("brand")) product.Brand = input.Brand;
        if (body.Has("model")) product.Model = input.Model;
        if (body.Has("category")) product.Category = input.Category;
        if (body.Has("disabled")) product.Disabled = input.Disabled ?? false;
        if (body.Has("source")) product.Source = input.Source;
        if (body.Has("sourceID")) product.SourceId = input.SourceId;
        return null;
    }
}
