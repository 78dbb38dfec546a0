using Trustdesk.Domain.ConfigurationItems;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>Renders the account's products as <see cref="ProductResponse"/>.</summary>
public sealed class ProductJson
{
    public static readonly string[] CollectionFields = ["name", "brand", "model", "category", "disabled"];

    public Task<IReadOnlyList<ProductResponse>> RenderAsync(IReadOnlyList<Product> products, CancellationToken cancel) =>
        Task.FromResult<IReadOnlyList<ProductResponse>>(products.Select(p => new ProductResponse
        {
            Id = p.Id,
            Name = p.Name,
            Brand = p.Brand,
            Model = p.Model,
            Category = p.Category,
            Disabled = p.Disabled,
            Source = p.Source,
            SourceId = p.SourceId,
            CreatedAt = p.CreatedAt,
            UpdatedAt = p.UpdatedAt,
        }).ToList());

    public async Task<ProductResponse> RenderAsync(Product product, CancellationToken cancel) => (await RenderAsync([product], cancel))[0];
}
