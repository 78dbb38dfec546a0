using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Contracts;

/// <summary>The account's contracts as 4me lists them: newest first, filtered and sorted on their fields and dates, and 4me's <c>active</c> and <c>expired</c>.</summary>
public sealed class ContractListsTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Contracts_are_listed_newest_first_and_filter_and_sort_on_their_fields_and_dates()
    {
        var account = await _world.SupportDomainAsync();
        var (lease, printing) = (await account.AddOrganizationAsync("Lease"), await account.AddOrganizationAsync("Printing"));
        async Task<long> AddAsync(string name, long supplier, string status, string start, string notice, string expiry, string? sourceId = null) =>
            await ContractRecords.AddContractAsync(account, supplier, name, new Dictionary<string, object?>
            {
                ["status"] = status, ["start_date"] = start, ["notice_date"] = notice, ["expiry_date"] = expiry, ["sourceID"] = sourceId,
            });
        var laptops = await AddAsync("Laptops", lease, "active", "2029-01-01", "2030-09-30", "2030-12-31", "L-1");
        var printers = await AddAsync("Printers", printing, "expired", "2027-01-01", "2028-09-30", "2028-12-31");
        var phones = await AddAsync("Phones", lease, "scheduled_for_activation", "2031-01-01", "2031-09-30", "2032-06-30");
        var owner = account.Owner;

        var all = (await owner.GetAsync("/v1/contracts")).Expect(200);
        Assert.Equal([phones, printers, laptops], all.Ids());
        Assert.Equal(["id", "name", "supplier", "status", "start_date", "expiry_date", "notice_date", "created_at", "updated_at"], all.Items[0]!.Members());
        Assert.Equal([laptops], (await owner.GetAsync("/v1/contracts?status=active")).Expect(200).Ids());
        Assert.Equal([phones, printers], (await owner.GetAsync("/v1/contracts?status=!active")).Expect(200).Ids());
        Assert.Equal([phones, laptops], (await owner.GetAsync($"/v1/contracts?supplier_id={lease}")).Expect(200).Ids());
        Assert.Equal([printers], (await owner.GetAsync("/v1/contracts?name=Printers")).Expect(200).Ids());
        Assert.Equal([laptops], (await owner.GetAsync("/v1/contracts?sourceID=L-1")).Expect(200).Ids());
        Assert.Equal([printers, laptops], (await owner.GetAsync("/v1/contracts?expiry_date=<2031-01-01")).Expect(200).Ids());
        Assert.Equal([laptops], (await owner.GetAsync("/v1/contracts?notice_date=>=2030-09-30<=2031-09-29")).Expect(200).Ids());
        Assert.Equal([phones], (await owner.GetAsync("/v1/contracts?start_date=2031-01-01")).Expect(200).Ids());
        Assert.Equal([printers, laptops, phones], (await owner.GetAsync("/v1/contracts?sort=expiry_date")).Expect(200).Ids());
        Assert.Equal([phones, laptops, printers], (await owner.GetAsync("/v1/contracts?sort=-notice_date")).Expect(200).Ids());
        Assert.Equal([printers, laptops, phones], (await owner.GetAsync("/v1/contracts?sort=start_date")).Expect(200).Ids());
        Assert.Equal([printers, phones, laptops], (await owner.GetAsync("/v1/contracts?sort=-name")).Expect(200).Ids());
        Assert.Equal([laptops, printers, phones], (await owner.GetAsync("/v1/contracts?sort=id")).Expect(200).Ids());
        Assert.Equal([laptops], (await owner.GetAsync("/v1/contracts/active")).Expect(200).Ids());
        Assert.Equal([printers], (await owner.GetAsync("/v1/contracts/expired")).Expect(200).Ids());

        (await owner.GetAsync("/v1/contracts?expiry_date=31-12-2030")).Expect(400);
        (await owner.GetAsync("/v1/contracts?remarks=x")).Expect(400);
        (await owner.GetAsync("/v1/contracts?sort=remarks")).Expect(400);
    }
}
