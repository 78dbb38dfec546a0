using Trustdesk.Web.Features.ConfigurationItems;

namespace Trustdesk.Web.Pages.Console.ConfigurationItems;

/// <summary>The console's form of a product: every field it shows, sent whole on each save (an empty one clears it).</summary>
public sealed class ProductForm
{
    public string? Name { get; set; }
    public string? Brand { get; set; }
    public string? Model { get; set; }
    public string? Category { get; set; }
    public bool Disabled { get; set; }

    /// <summary>The API's field names and the form's, for the refusals shown next to the fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "Form.Name", ["brand"] = "Form.Brand", ["model"] = "Form.Model", ["category"] = "Form.Category", ["disabled"] = "Form.Disabled",
    };

    /// <summary>A new product is enabled; a product's page also switches it off or on.</summary>
    public static IReadOnlySet<string> Sent(bool creating) =>
        Fields.Keys.Where(f => !creating || f != "disabled").ToHashSet(StringComparer.Ordinal);

    public ProductInput Input => new() { Name = Name, Brand = Brand, Model = Model, Category = Category, Disabled = Disabled };

    public static ProductForm Of(ProductResponse product) => new()
    {
        Name = product.Name, Brand = product.Brand, Model = product.Model, Category = product.Category, Disabled = product.Disabled,
    };
}
