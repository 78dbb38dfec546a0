using Trustdesk.Web.Tests.Features.Knowledge;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.Contracts;

/// <summary>
/// Contracts of an account with its suppliers (4me's <c>/v1/contracts</c>, ADR 52): written by its administrators,
/// configuration managers and service level managers, with a supplier the account sees and dates in order; audited; read
/// by its people with a role and by no other account.
/// </summary>
public sealed class ContractWritesTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task An_administrator_registers_a_contract_reads_it_and_changes_it()
    {
        var directory = await _world.DirectoryAsync();
        var account = await _world.SupportDomainAsync(directory);
        var supplier = await account.AddOrganizationAsync("Laptop Lease Ltd");

        var created = (await account.Owner.PostAsync("/v1/contracts", new
        {
            name = "Laptop lease", supplier_id = supplier, start_date = "2030-01-01", notice_date = "2030-10-01", expiry_date = "2030-12-31",
            remarks = "  Three years, renewed yearly.  ", source = "erp", sourceID = "C-17",
        })).Expect(201);
        var contract = created.Record;
        Assert.Equal(["id", "name", "supplier", "status", "start_date", "expiry_date", "notice_date", "remarks", "ci_count", "source", "sourceID",
            "created_at", "updated_at"], contract.Members());
        Assert.Equal("Laptop lease", contract.Str("name"));
        Assert.Equal($$"""{"id":{{supplier}},"name":"Laptop Lease Ltd"}""", contract["supplier"]!.ToJsonString());
        Assert.Equal("being_prepared", contract.Str("status"));
        Assert.Equal(("2030-01-01", "2030-10-01", "2030-12-31"), (contract.Str("start_date"), contract.Str("notice_date"), contract.Str("expiry_date")));
        Assert.Equal("Three years, renewed yearly.", contract.Str("remarks"));
        Assert.Equal(0, contract.Number("ci_count"));
        Assert.Equal(("erp", "C-17"), (contract.Str("source"), contract.Str("sourceID")));
        var path = $"/v1/contracts/{created.Id}";

        var read = (await account.Owner.GetAsync(path)).Expect(200);
        Assert.Equal(created.Text, read.Text);
        Assert.Equal(created.Header("ETag"), read.Header("ETag"));

        // A supplier of the directory is the account's too, and is named with its account.
        var directorySupplier = await directory.AddOrganizationAsync("Group Purchasing");
        var changed = (await account.Owner.PatchAsync(path, new { status = "active", supplier_id = directorySupplier, expiry_date = "2031-12-31", remarks = (string?)null }))
            .Expect(200).Record;
        Assert.Equal("active", changed.Str("status"));
        Assert.Equal(directorySupplier, changed["supplier"]!.Number("id"));
        Assert.Equal(directory.Id, changed["supplier"]!["account"]!.Str("id"));
        Assert.Equal(("2030-01-01", "2030-10-01", "2031-12-31"), (changed.Str("start_date"), changed.Str("notice_date"), changed.Str("expiry_date")));
        Assert.Null(changed["remarks"]);
        // A date sent as null clears it.
        Assert.Null((await account.Owner.PatchAsync(path, new { notice_date = (string?)null })).Expect(200).Record["notice_date"]);

        var audit = (await account.Owner.GetAsync($"{path}/audit")).Expect(200).Items;
        Assert.Equal(["create", "update", "update"], audit.Select(a => a!.Str("action")).ToList());
        Assert.Equal("""["2030-12-31","2031-12-31"]""", audit[1]!["changes"]!["expiry_date"]!.ToJsonString());
        Assert.Equal("""["being_prepared","active"]""", audit[1]!["changes"]!["status"]!.ToJsonString());
        Assert.Equal("""["2030-10-01",null]""", audit[2]!["changes"]!["notice_date"]!.ToJsonString());
    }

    [Fact]
    public async Task Every_fault_of_a_contract_is_named_at_once_and_nothing_is_written()
    {
        var account = await _world.SupportDomainAsync();

        (await account.Owner.PostAsync("/v1/contracts", new
        {
            name = " ", status = "signed", start_date = "2030-02-30", expiry_date = "31-12-2030", remarks = new string('r', 4001), sourceID = new string('s', 101),
        })).ExpectValidation(
            ("name", "can't be blank"),
            ("remarks", "is too long (maximum is 4000 characters)"),
            ("sourceID", "is too long (maximum is 100 characters)"),
            ("status", "must be one of: being_prepared, scheduled_for_activation, active, expired"),
            ("supplier_id", "can't be blank"),
            ("start_date", "is not a date as yyyy-mm-dd"),
            ("expiry_date", "is not a date as yyyy-mm-dd"));

        Assert.Equal(0, (await account.Owner.GetAsync("/v1/contracts")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Dates_must_run_from_start_through_notice_to_expiry()
    {
        var account = await _world.SupportDomainAsync();
        var supplier = await account.AddOrganizationAsync();

        (await account.Owner.PostAsync("/v1/contracts", new
        {
            name = "Backwards", supplier_id = supplier, start_date = "2030-06-01", notice_date = "2030-05-01", expiry_date = "2030-04-01",
        })).ExpectValidation(("notice_date", "must be on or after the start date"), ("expiry_date", "must be on or after the notice date"));
        (await account.Owner.PostAsync("/v1/contracts", new { name = "Ends first", supplier_id = supplier, start_date = "2030-06-01", expiry_date = "2030-05-31" }))
            .ExpectValidation(("expiry_date", "must be on or after the start date"));
        Assert.Equal(0, (await account.Owner.GetAsync("/v1/contracts")).Expect(200).TotalEntries());

        // One day may be all three; a change is checked against the dates kept.
        var contract = await ContractRecords.AddContractAsync(account, supplier, "One day", new Dictionary<string, object?>
        {
            ["start_date"] = "2030-06-01", ["notice_date"] = "2030-06-01", ["expiry_date"] = "2030-06-01",
        });
        (await account.Owner.PatchAsync($"/v1/contracts/{contract}", new { notice_date = "2030-06-02" }))
            .ExpectValidation(("expiry_date", "must be on or after the notice date"));
        (await account.Owner.PatchAsync($"/v1/contracts/{contract}", new { start_date = "2030-06-02" }))
            .ExpectValidation(("notice_date", "must be on or after the start date"), ("expiry_date", "must be on or after the start date"));
        var later = (await account.Owner.PatchAsync($"/v1/contracts/{contract}", new { notice_date = "2030-09-01", expiry_date = "2030-12-31" })).Expect(200).Record;
        Assert.Equal(("2030-06-01", "2030-09-01", "2030-12-31"), (later.Str("start_date"), later.Str("notice_date"), later.Str("expiry_date")));
    }

    [Fact]
    public async Task A_supplier_of_another_account_is_refused_as_if_it_did_not_exist()
    {
        var account = await _world.SupportDomainAsync();
        var stranger = await _world.SupportDomainAsync();
        var theirs = await stranger.AddOrganizationAsync();
        var mine = await account.AddOrganizationAsync();

        var foreign = (await account.Owner.PostAsync("/v1/contracts", new { name = "Theirs", supplier_id = theirs }))
            .ExpectValidation(("supplier_id", "must be an organization of this account or its directory"));
        var missing = (await account.Owner.PostAsync("/v1/contracts", new { name = "Theirs", supplier_id = Answers.NeverExistingId })).Expect(422);
        Assert.Equal(missing.Text, foreign.Text);
        var contract = await ContractRecords.AddContractAsync(account, mine, "Mine");
        (await account.Owner.PatchAsync($"/v1/contracts/{contract}", new { supplier_id = theirs }))
            .ExpectValidation(("supplier_id", "must be an organization of this account or its directory"));
        (await account.Owner.PatchAsync($"/v1/contracts/{contract}", new { supplier_id = (long?)null })).ExpectValidation(("supplier_id", "can't be blank"));

        Assert.Equal([contract], (await account.Owner.GetAsync("/v1/contracts")).Expect(200).Ids());
        Assert.Equal(mine, (await account.Owner.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record["supplier"]!.Number("id"));
    }

    [Fact]
    public async Task Configuration_and_service_level_managers_write_contracts_a_specialist_and_an_auditor_only_read_them()
    {
        var account = await _world.SupportDomainAsync();
        var supplier = await account.AddOrganizationAsync();
        var contract = await ContractRecords.AddContractAsync(account, supplier, "Printers");
        var path = $"/v1/contracts/{contract}";

        foreach (var role in new[] { "configuration_manager", "service_level_manager" })
        {
            var manager = await KnowledgeCalls.PersonWithRolesAsync(_world, account, role);
            (await manager.PostAsync("/v1/contracts", new { name = "By a " + role, supplier_id = supplier })).Expect(201);
            (await manager.PatchAsync(path, new { remarks = "Checked by a " + role })).Expect(200);
        }
        foreach (var role in new[] { "specialist", "auditor" })
        {
            var reader = await KnowledgeCalls.PersonWithRolesAsync(_world, account, role);
            Assert.Equal(3, (await reader.GetAsync("/v1/contracts")).Expect(200).TotalEntries());
            (await reader.GetAsync(path)).Expect(200);
            (await reader.GetAsync($"{path}/audit")).Expect(200);
            (await reader.PostAsync("/v1/contracts", new { name = "By a " + role, supplier_id = supplier })).Expect(403);
            (await reader.PatchAsync(path, new { name = "Renamed by a " + role })).Expect(403);
        }
        Assert.Equal("Printers", (await account.Owner.GetAsync(path)).Expect(200).Record.Str("name"));
        Assert.Equal(3, (await account.Owner.GetAsync("/v1/contracts")).Expect(200).TotalEntries());
    }

    [Fact]
    public async Task Another_account_and_people_without_a_role_see_no_contract()
    {
        var account = await _world.SupportDomainAsync();
        var contract = await ContractRecords.AddContractAsync(account, await account.AddOrganizationAsync(), "Ours");
        var ci = await ContractRecords.AddCiAsync(account, "Our laptop");
        (await account.Owner.PostAsync($"/v1/contracts/{contract}/cis/{ci}")).Expect(200);
        var stranger = await _world.SupportDomainAsync();
        var strangersCi = await ContractRecords.AddCiAsync(stranger, "Their laptop");
        var missing = Answers.NeverExistingId;

        foreach (var caller in new[] { stranger.Owner, await KnowledgeCalls.PersonWithRolesAsync(_world, account) })
        {
            Answers.SameAsMissing(await caller.GetAsync($"/v1/contracts/{contract}"), await caller.GetAsync($"/v1/contracts/{missing}"));
            Answers.SameAsMissing(await caller.PatchAsync($"/v1/contracts/{contract}", new { name = "Mine" }),
                await caller.PatchAsync($"/v1/contracts/{missing}", new { name = "Mine" }));
            Answers.SameAsMissing(await caller.GetAsync($"/v1/contracts/{contract}/audit"), await caller.GetAsync($"/v1/contracts/{missing}/audit"));
            Answers.SameAsMissing(await caller.GetAsync($"/v1/contracts/{contract}/cis"), await caller.GetAsync($"/v1/contracts/{missing}/cis"));
            Answers.SameAsMissing(await caller.PostAsync($"/v1/contracts/{contract}/cis/{strangersCi}"),
                await caller.PostAsync($"/v1/contracts/{missing}/cis/{strangersCi}"));
            Answers.SameAsMissing(await caller.DeleteAsync($"/v1/contracts/{contract}/cis/{ci}"), await caller.DeleteAsync($"/v1/contracts/{missing}/cis/{ci}"));
        }
        Assert.Empty((await stranger.Owner.GetAsync("/v1/contracts")).Expect(200).Ids());
        var employee = await KnowledgeCalls.PersonWithRolesAsync(_world, account);
        (await employee.GetAsync("/v1/contracts")).Expect(403);
        (await employee.GetAsync("/v1/contracts/notice_soon")).Expect(403);
        (await employee.PostAsync("/v1/contracts", new { name = "Mine", supplier_id = 1 })).Expect(403);

        var kept = (await account.Owner.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record;
        Assert.Equal(("Ours", 1L), (kept.Str("name"), kept.Number("ci_count")));
    }

    [Fact]
    public async Task A_change_sent_with_a_stale_version_is_refused()
    {
        var account = await _world.SupportDomainAsync();
        var contract = await ContractRecords.AddContractAsync(account, await account.AddOrganizationAsync(), "Copiers");
        var path = $"/v1/contracts/{contract}";
        var etag = (await account.Owner.GetAsync(path)).Expect(200).Header("ETag")!;

        var first = (await account.Owner.PatchAsync(path, new { name = "Copiers and scanners" }, ("If-Match", etag))).Expect(200);
        Assert.NotEqual(etag, first.Header("ETag"));
        (await account.Owner.PatchAsync(path, new { name = "Lost update" }, ("If-Match", etag))).Expect(412);

        Assert.Equal("Copiers and scanners", (await account.Owner.GetAsync(path)).Expect(200).Record.Str("name"));
        Assert.Equal(["create", "update"], (await account.Owner.GetAsync($"{path}/audit")).Expect(200).Items.Select(a => a!.Str("action")).ToList());
    }
}
