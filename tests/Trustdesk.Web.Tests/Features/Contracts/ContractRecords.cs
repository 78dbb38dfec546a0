using Trustdesk.Web.Tests.Features.ConfigurationItems;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Contracts;

/// <summary>
/// The records contract tests start from, made through the API: contracts, and CIs with a product each.
/// </summary>
public static class ContractRecords
{
    /// <summary>A contract of <paramref name="account"/> with <paramref name="supplier"/>, made by its owner; more fields as given.</summary>
    public static async Task<long> AddContractAsync(Tenant account, long supplier, string name, IReadOnlyDictionary<string, object?>? more = null)
    {
        var body = new Dictionary<string, object?>(more ?? new Dictionary<string, object?>()) { ["name"] = name, ["supplier_id"] = supplier };
        return (await account.CreateAsync("/v1/contracts", body))["id"]!.GetValue<long>();
    }

    /// <summary>A CI of <paramref name="account"/>, of a product of its own, supported by <paramref name="supportTeam"/> when given.</summary>
    public static async Task<long> AddCiAsync(Tenant account, string name, long? supportTeam = null)
    {
        var product = await CiCalls.AddProductAsync(account);
        return await CiCalls.AddCiAsync(account, product, new { product_id = product, name, label = "CI-" + Ids.Hex(8), support_team_id = supportTeam });
    }
}
