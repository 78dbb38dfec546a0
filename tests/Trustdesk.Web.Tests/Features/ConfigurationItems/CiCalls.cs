using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.ConfigurationItems;

/// <summary>Products and CIs made through the API, as a configuration manager would.</summary>
internal static class CiCalls
{
    public static async Task<long> AddProductAsync(Tenant account, string? name = null, string category = "Printer") =>
        (await account.Owner.PostAsync("/v1/products", new { name = name ?? "Product " + Ids.Hex(6), brand = "Acme", model = "X1", category }))
        .Expect(201).Id;

    public static async Task<long> AddCiAsync(Tenant account, long product, object? more = null) =>
        (await account.Owner.PostAsync("/v1/cis", more ?? new { product_id = product, name = "CI " + Ids.Hex(6) })).Expect(201).Id;

    public static string Path(long ci, string suffix = "") => $"/v1/cis/{ci}{suffix}";
}
