namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Configuration items and contracts of Widget IT Netherlands: its products, printers supported by Printfix across the
/// cis trust, its laptops, the printer maintenance contract. Wendy defines them as NL's owner, Nick (a specialist there)
/// maintains them, Pieter maintains the printers his team supports and sees nothing else of NL's, Anna sees none.
/// </summary>
public sealed class ConfigurationItemCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller WendyNl = Callers.Wendy.In("widget-it-nl");

    public Task SetUpAsync() => Task.CompletedTask;

    public async Task ReadAsync()
    {
        await r.CollectionAsync(WendyNl, "/v1/products", "name,category", "-name", "category=Printer");
        await r.RecordAsync(WendyNl, $"/v1/products/{s.LaserJet}", null);
        await r.GetAsync(Callers.Pieter, $"/v1/products/{s.LaserJet}");
        await r.GetAsync(Callers.Anna, "/v1/products");

        await r.CollectionAsync(WendyNl, "/v1/cis", "name,label,status", "-label", "support_team_id=" + s.PrinterEngineers);
        foreach (var filter in new[] { "active", "inactive", "supported_by_my_teams" }) await r.GetAsync(Callers.Nick, $"/v1/cis/{filter}");
        await r.GetAsync(Callers.Pieter, "/v1/cis");
        await r.GetAsync(Callers.Pieter, "/v1/cis/supported_by_my_teams");
        await r.GetAsync(Callers.Anna, "/v1/cis");
        var printer = $"/v1/cis/{s.PrinterThirdFloor}";
        await r.RecordAsync(WendyNl, printer, null);
        await r.GetAsync(Callers.Pieter, printer);
        await r.GetAsync(Callers.Pieter, $"/v1/cis/{s.FirstLaptop}");
        await r.GetAsync(Callers.Anna, printer);
        foreach (var part in new[] { "notes", "audit", "ci_relations", "users" })
        {
            await r.GetAsync(WendyNl, $"{printer}/{part}");
            await r.GetAsync(Callers.Pieter, $"{printer}/{part}");
        }
        await r.GetAsync(WendyNl, $"/v1/cis/{s.PrintServer}/ci_relations");
        await r.GetAsync(WendyNl, $"/v1/cis/{s.FirstLaptop}/users");
        await r.GetAsync(Callers.Nick, $"/v1/requests/{s.PrinterJamRequest}/cis");
        await r.GetAsync(Callers.Pieter, $"/v1/requests/{s.PrinterJamRequest}/cis");

        var contract = $"/v1/contracts/{s.PrinterContract}";
        await r.CollectionAsync(WendyNl, "/v1/contracts", "name,status,notice_date", "-notice_date", "status=active");
        foreach (var filter in new[] { "active", "expired", "notice_soon" }) await r.GetAsync(Callers.Nick, $"/v1/contracts/{filter}");
        await r.RecordAsync(WendyNl, contract, null);
        await r.GetAsync(Callers.Pieter, contract);
        await r.GetAsync(Callers.Anna, contract);
        await r.GetAsync(WendyNl, $"{contract}/cis");
        await r.GetAsync(WendyNl, $"{contract}/audit");
    }

    public async Task WriteAsync()
    {
        var product = await r.CreatesAsync(WendyNl, "/v1/products", new { name = "Lenovo ThinkPad T14", brand = "Lenovo", model = "T14", category = "Laptop" },
            new { name = "", brand = new string('x', 101) });
        await r.PostAsync(Callers.Nick, "/v1/products", new { name = "Not Nick's to add" });
        await r.UpdatesAsync(WendyNl, HttpMethod.Patch, $"/v1/products/{product.Id()}", new { model = "T14 Gen 5" }, new { name = "HP LaserJet M607" }, null);

        await r.PutAsync(WendyNl, $"/v1/products/{product.Id()}", new { disabled = false });

        var ci = await r.CreatesAsync(WendyNl, "/v1/cis",
            new { product_id = product.Id, label = "NL-LT-0100", status = "in_stock", serialNr = "PF-0100", site_id = s.AmsterdamOffice,
                  support_team_id = s.WorkplaceNl, warranty_expiry_date = "2029-12-31" },
            new { product_id = Steps.MissingId, status = "lost", label = "NL-LT-0001", support_team_id = s.PrinterEngineers + 1_000_000 });
        var path = $"/v1/cis/{ci.Id()}";
        await r.UpdatesAsync(WendyNl, HttpMethod.Patch, path, new { status = "in_production", note = "Handed to Anna." },
            new { warranty_expiry_date = "2029-02-30" }, null);
        await r.PatchAsync(Callers.Nick, path, new { status = "being_repaired", remarks = "Keyboard replaced." });
        await r.PatchAsync(Callers.Nick, path, new { label = "NL-LT-0101" });
        await r.PutAsync(WendyNl, path, new { assetID = "WIDGET-0100" });
        await r.PostAsync(WendyNl, $"{path}/users/{s.Anna}");
        await r.GetAsync(WendyNl, $"{path}/users");
        await r.DeleteAsync(WendyNl, $"{path}/users/{s.Anna}");
        var relation = await r.PostAsync(WendyNl, $"{path}/ci_relations", new { relation_type = "connected_to", ci_id = s.PrintServer });
        await r.PostAsync(WendyNl, $"{path}/ci_relations", new { relation_type = "sibling", ci_id = ci.Id });
        await r.DeleteAsync(WendyNl, $"{path}/ci_relations/{relation.Id()}");

        // Printfix maintains the printer its team supports: status and notes, not what NL defines.
        var printer = $"/v1/cis/{s.PrinterThirdFloor}";
        await r.PatchAsync(Callers.Pieter, printer, new { status = "being_repaired", note = "Fuser unit replaced." });
        await r.PatchAsync(Callers.Pieter, printer, new { name = "Printfix's printer", support_team_id = s.PrinterEngineers });
        await r.PostAsync(Callers.Pieter, $"{printer}/notes", new { text = "Back in service after a test print." });
        await r.PostAsync(Callers.Pieter, $"{printer}/users/{s.Pieter}");
        await r.PatchAsync(Callers.Pieter, $"/v1/cis/{s.FirstLaptop}", new { status = "broken_down" });
        var jam = $"/v1/requests/{s.PrinterJamRequest}/cis";
        await r.PostAsync(Callers.Pieter, $"{jam}/{s.PrinterThirdFloor}");
        await r.PostAsync(Callers.Pieter, $"{jam}/{s.FirstLaptop}");
        await r.GetAsync(Callers.Nick, jam);
        await r.DeleteAsync(Callers.Pieter, $"{jam}/{s.PrinterThirdFloor}");
        await r.DeleteAsync(Callers.Pieter, $"{jam}/{s.PrinterThirdFloor}");

        var contract = await r.CreatesAsync(WendyNl, "/v1/contracts",
            new { name = "Laptop leasing", supplier_id = s.NlPrintfixOrganization, status = "scheduled_for_activation", start_date = "2027-01-01",
                  notice_date = "2029-09-30", expiry_date = "2029-12-31" },
            new { name = "", supplier_id = Steps.MissingId, start_date = "2030-01-01", expiry_date = "2029-12-31" });
        var contractPath = $"/v1/contracts/{contract.Id()}";
        await r.UpdatesAsync(WendyNl, HttpMethod.Put, contractPath, new { status = "active", remarks = "Signed." }, new { status = "signed" }, null);
        await r.PatchAsync(WendyNl, contractPath, new { notice_date = "2029-10-31" });
        await r.PostAsync(WendyNl, $"{contractPath}/cis/{ci.Id()}");
        await r.PostAsync(WendyNl, $"{contractPath}/cis/{s.PrinterThirdFloor}");
        await r.DeleteAsync(WendyNl, $"{contractPath}/cis/{s.PrinterThirdFloor}");
        await r.PostAsync(Callers.Nick, $"{contractPath}/cis/{s.FirstLaptop}");
    }
}
