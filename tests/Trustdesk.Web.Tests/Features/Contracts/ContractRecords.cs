using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Contracts;

/// <summary>
/// The records contract tests start from: contracts through the API, and CIs (with a product each) written straight
/// through the server's own DbContext acting in their account, while <c>/v1/cis</c> is not there yet — the one place to
/// swap for API calls later.
/// </summary>
public static class ContractRecords
{
    /// <summary>A contract of <paramref name="account"/> with <paramref name="supplier"/>, made by its owner; more fields as given.</summary>
    public static async Task<long> AddContractAsync(Tenant account, long supplier, string name, IReadOnlyDictionary<string, object?>? more = null)
    {
        var body = new Dictionary<string, object?>(more ?? new Dictionary<string, object?>()) { ["name"] = name, ["supplier_id"] = supplier };
        return (await account.CreateAsync("/v1/contracts", body))["id"]!.GetValue<long>();
    }

    /// <summary>A CI of <paramref name="accountId"/>, of a product of its own, supported by <paramref name="supportTeam"/> when given.</summary>
    public static async Task<long> AddCiAsync(TrustdeskServer server, string accountId, string name, (long Id, string AccountId)? supportTeam = null)
    {
        var product = new Product { Name = "Product " + Ids.Hex(8) };
        var ci = new Ci
        {
            Name = name,
            Label = "CI-" + Ids.Hex(8),
            Status = CiStatus.InProduction,
            SupportTeamId = supportTeam?.Id,
            SupportTeamAccountId = supportTeam?.AccountId,
        };
        await ServerWrites.InAccountAsync(server, accountId, async db =>
        {
            db.Products.Add(product);
            await db.SaveChangesAsync();
            ci.ProductId = product.Id;
            db.Cis.Add(ci);
            await db.SaveChangesAsync();
        });
        return ci.Id;
    }
}
