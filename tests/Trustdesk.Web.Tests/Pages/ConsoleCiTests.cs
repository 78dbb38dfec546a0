using System.Globalization;
using System.Net;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// Configuration items in the console (product.md §7, ADR 51), on the reference scenario: NL's list shows its CIs and who
/// supports them, Printfix's the two printers it supports and nothing else; Wendy (a definer of NL) registers a CI through
/// the form and relates it, Nick (a specialist there) and Pieter (the supporting provider) maintain status, remarks and
/// notes only, from the version shown; a CI an account does not see is the 404 page, also for a forged post, which writes
/// nothing. The printers Pieter changes here are the scenario's; the page tests that change them are in this class alone.
/// </summary>
public sealed class ConsoleCiTests
{
    private static ApiClient Nick => DemoSessions.Server.Client("td_demo_nl_analyst", "widget-it-nl");

    private static async Task<long> CiAsync(string label)
    {
        await DemoSessions.LoadAsync();
        return (await Nick.GetAsync("/v1/cis?label=" + Uri.EscapeDataString(label))).Expect(200).Ids().Single();
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every field of a definer's form, as the browser sends it.</summary>
    private static Dictionary<string, string> Defined(long product, string name, string label, string? version = null, string warranty = "", string note = "")
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.ProductId"] = Id(product), ["Form.Name"] = name, ["Form.Label"] = label, ["Form.Status"] = "in_production",
            ["Form.SerialNumber"] = "SN-" + label, ["Form.SiteId"] = "", ["Form.SupplierId"] = "", ["Form.SupportTeamId"] = "",
            ["Form.WarrantyExpiryDate"] = warranty, ["Form.Remarks"] = "",
        };
        if (version is not null) (fields["Version"], fields["Form.Note"]) = (version, note);
        return fields;
    }

    private static Dictionary<string, string> Maintained(string version, string status, string remarks = "", string note = "") => new()
    {
        ["Version"] = version, ["Form.Status"] = status, ["Form.Remarks"] = remarks, ["Form.Note"] = note,
    };

    [Fact]
    public async Task Each_account_lists_the_CIs_it_sees_with_who_supports_them_by_filter_and_search()
    {
        var printer = await CiAsync(ConfigurationItemsLoader.PrinterThirdFloor);
        var laptop = await CiAsync(ConfigurationItemsLoader.FirstLaptop);
        using var wendy = await DemoSessions.SignInAsync("td_demo_widget_admin");
        var all = (await wendy.GetAsync("/console/widget-it-nl/cis")).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/console/widget-it-nl/cis/{printer}\"", all.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/console/widget-it-nl/cis/{laptop}\"", all.Html, StringComparison.Ordinal);
        Assert.Contains("Printer Engineers (Printfix)", all.Text, StringComparison.Ordinal);
        Assert.Contains("Workplace NL", all.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/widget-it-nl/cis/new\"", all.Html, StringComparison.Ordinal);

        var searched = (await wendy.GetAsync("/console/widget-it-nl/cis?q=nl-prn")).Expect(HttpStatusCode.OK);
        Assert.Contains($"data-ci=\"{printer}\"", searched.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-ci=\"{laptop}\"", searched.Html, StringComparison.Ordinal);
        var byName = (await wendy.GetAsync("/console/widget-it-nl/cis?filter=active&q=" + Uri.EscapeDataString("Print server"))).Expect(HttpStatusCode.OK);
        Assert.Contains("NL-SRV-PRINT", byName.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-ci=\"{printer}\"", byName.Html, StringComparison.Ordinal);
        (await wendy.GetAsync("/console/widget-it-nl/cis?filter=nope")).ExpectNotFoundPage();

        // Printfix sees NL's two printers, named with NL, and nothing else of NL's.
        using var pieter = await DemoSessions.SignInAsync("td_demo_printfix_engineer");
        var supported = (await pieter.GetAsync("/console/printfix/cis?filter=supported_by_my_teams")).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/console/printfix/cis/{printer}\"", supported.Html, StringComparison.Ordinal);
        Assert.Contains("Widget IT Netherlands", supported.Text, StringComparison.Ordinal);
        var everything = (await pieter.GetAsync("/console/printfix/cis")).Expect(HttpStatusCode.OK);
        Assert.Equal(2, CountOf(everything.Html, "<tr data-ci="));
        Assert.DoesNotContain("NL-LT-", everything.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NL-SRV-PRINT", everything.Text, StringComparison.Ordinal);

        // Nick maintains, but registers nothing; Anna, with no role in NL, has no console there.
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        Assert.DoesNotContain("/cis/new", (await nick.GetAsync("/console/widget-it-nl/cis")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        (await nick.GetAsync("/console/widget-it-nl/cis/new")).ExpectNotFoundPage();
        (await pieter.GetAsync("/console/printfix/cis/new")).Expect(HttpStatusCode.OK);
        using var anna = await DemoSessions.SignInAsync("td_demo_nl_employee");
        (await anna.GetAsync("/console/widget-it-nl/cis")).ExpectNotFoundPage();
        (await anna.GetAsync($"/console/widget-it-nl/cis/{laptop}")).ExpectNotFoundPage();
    }

    [Fact]
    public async Task A_CI_page_shows_its_relations_users_requests_and_contracts_to_whoever_may_see_them()
    {
        var printer = await CiAsync(ConfigurationItemsLoader.PrinterThirdFloor);
        var server = await CiAsync("NL-SRV-PRINT");
        var laptop = await CiAsync(ConfigurationItemsLoader.FirstLaptop);
        var jam = await DemoSessions.RequestIdAsync(RequestsLoader.PrinterJamRequest);
        using var wendy = await DemoSessions.SignInAsync("td_demo_widget_admin");
        var page = (await wendy.GetAsync($"/console/widget-it-nl/cis/{printer}")).Expect(HttpStatusCode.OK);
        Assert.Contains($"Depends on <a href=\"/console/widget-it-nl/cis/{server}\">Print server Amsterdam</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains(ConfigurationItemsLoader.PrinterContract, page.Text, StringComparison.Ordinal);
        Assert.Contains("Serviced by Printfix under the printer maintenance contract.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Wendy Admin registered it", page.Text, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.ProductId\"", page.Html, StringComparison.Ordinal);
        // The print server reads the same relation from its end.
        var serverPage = (await wendy.GetAsync($"/console/widget-it-nl/cis/{server}")).Expect(HttpStatusCode.OK);
        Assert.Contains($"Dependency of <a href=\"/console/widget-it-nl/cis/{printer}\">Printer Amsterdam 3rd floor</a>", serverPage.Html, StringComparison.Ordinal);
        Assert.Contains("Anna de Vries", (await wendy.GetAsync($"/console/widget-it-nl/cis/{laptop}")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        // The request it affects is listed to those who see the request: NL's specialists, not its owner, who sees none.
        Assert.DoesNotContain("/console/widget-it-nl/requests/", page.Html, StringComparison.Ordinal);
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        var atNick = (await nick.GetAsync($"/console/widget-it-nl/cis/{printer}")).Expect(HttpStatusCode.OK);
        Assert.Contains($"<a href=\"/console/widget-it-nl/requests/{jam}\">#{jam} {RequestsLoader.PrinterJamRequest}</a>", atNick.Html, StringComparison.Ordinal);

        // Printfix reads the printer with its account named, its request, not NL's contract, nor the print server.
        using var pieter = await DemoSessions.SignInAsync("td_demo_printfix_engineer");
        var atPrintfix = (await pieter.GetAsync($"/console/printfix/cis/{printer}")).Expect(HttpStatusCode.OK);
        Assert.Contains("Widget IT Netherlands", atPrintfix.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/console/printfix/requests/{jam}\"", atPrintfix.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(ConfigurationItemsLoader.PrinterContract, atPrintfix.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Print server Amsterdam", atPrintfix.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/contracts/", atPrintfix.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pieter_maintains_the_printer_he_supports_from_the_version_shown_and_nothing_of_NLs_else()
    {
        var printer = await CiAsync("NL-PRN-004");
        var laptop = await CiAsync(ConfigurationItemsLoader.FirstLaptop);
        var contract = (await Nick.GetAsync("/v1/contracts?name=" + Uri.EscapeDataString(ConfigurationItemsLoader.PrinterContract))).Expect(200).Ids().Single();
        using var pieter = await DemoSessions.SignInAsync("td_demo_printfix_engineer");
        var path = $"/console/printfix/cis/{printer}";
        var page = (await pieter.GetAsync(path)).Expect(HttpStatusCode.OK);
        Assert.Contains("name=\"Form.Status\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Remarks\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Note\"", page.Html, StringComparison.Ordinal);
        foreach (var defined in new[] { "Form.ProductId", "Form.Name", "Form.Label", "Form.SiteId", "Form.SupportTeamId", "Form.WarrantyExpiryDate", "RelatedLabel" })
            Assert.DoesNotContain($"name=\"{defined}\"", page.Html, StringComparison.Ordinal);

        // His change records status and note; a definer's field slipped into the post is not sent to the handler.
        var version = page.Field("Version")!;
        var note = "Fuser replaced " + Ids.Hex(6);
        var change = Maintained(version, "being_repaired", "Waiting for a fuser.", note);
        change["Form.Name"] = "Renamed by Printfix";
        var saved = (await pieter.PostFormAsync(path, path, change)).Expect(HttpStatusCode.Redirect);
        Assert.Equal($"{path}?done=saved", saved.Location);
        var read = (await Nick.GetAsync($"/v1/cis/{printer}")).Expect(200).Record;
        Assert.Equal("being_repaired", read.Str("status"));
        Assert.Equal("Waiting for a fuser.", read.Str("remarks"));
        Assert.Equal("Printer Amsterdam 4th floor", read.Str("name"));
        Assert.Contains(note, (await Nick.GetAsync($"/v1/cis/{printer}/notes")).Expect(200).Values("text"));
        Assert.Contains("Pieter Fix changed status from in production to being repaired, remarks",
            (await pieter.GetAsync(path)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);

        // The same form again, from the version before: refused with a clear message, nothing saved.
        var stale = (await pieter.PostFormAsync(path, path, Maintained(version, "broken_down", "", "Again " + Ids.Hex(6)))).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);
        Assert.Equal("being_repaired", (await Nick.GetAsync($"/v1/cis/{printer}")).Expect(200).Record.Str("status"));
        Assert.DoesNotContain("Again ", string.Join(" ", (await Nick.GetAsync($"/v1/cis/{printer}/notes")).Expect(200).Values("text")), StringComparison.Ordinal);

        // A laptop and NL's contract are the 404 page; forged posts to them write nothing.
        (await pieter.GetAsync($"/console/printfix/cis/{laptop}")).ExpectNotFoundPage();
        (await pieter.GetAsync($"/console/printfix/contracts/{contract}")).ExpectNotFoundPage();
        (await pieter.GetAsync($"/console/widget-it-nl/cis/{laptop}")).ExpectNotFoundPage();
        var laptopPath = $"/console/printfix/cis/{laptop}";
        var laptopBefore = (await Nick.GetAsync($"/v1/cis/{laptop}")).Expect(200).Record;
        (await pieter.PostFormAsync(path, laptopPath, Maintained("1", "lost_or_stolen", "", "Forged"))).ExpectNotFoundPage();
        (await pieter.PostFormAsync(path, laptopPath + "?handler=Note", new() { ["NoteText"] = "Forged note" })).ExpectNotFoundPage();
        (await pieter.PostFormAsync(path, $"/console/printfix/contracts/{contract}",
            new() { ["Version"] = "0", ["Form.Name"] = "Forged", ["Form.Status"] = "expired" })).ExpectNotFoundPage();
        (await pieter.PostFormAsync(path, $"/console/printfix/contracts/{contract}?handler=Ci&remove=true", new() { ["CiId"] = Id(printer) }))
            .ExpectNotFoundPage();
        var laptopAfter = (await Nick.GetAsync($"/v1/cis/{laptop}")).Expect(200).Record;
        Assert.Equal(laptopBefore.Str("status"), laptopAfter.Str("status"));
        Assert.Equal(laptopBefore.Str("updated_at"), laptopAfter.Str("updated_at"));
        Assert.DoesNotContain("Forged note", (await Nick.GetAsync($"/v1/cis/{laptop}/notes")).Expect(200).Values("text"));
        var contractAfter = (await Nick.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record;
        Assert.Equal(ConfigurationItemsLoader.PrinterContract, contractAfter.Str("name"));
        Assert.Equal(2, contractAfter.Number("ci_count"));
    }

    [Fact]
    public async Task Wendy_registers_a_CI_a_refused_form_keeps_what_was_typed_and_she_relates_it_to_the_print_server()
    {
        await DemoSessions.LoadAsync();
        var product = (await Nick.GetAsync("/v1/products?name=" + Uri.EscapeDataString("HP LaserJet M607"))).Expect(200).Ids().Single();
        var server = await CiAsync("NL-SRV-PRINT");
        using var wendy = await DemoSessions.SignInAsync("td_demo_widget_admin");
        const string New = "/console/widget-it-nl/cis/new";
        var label = "T-PRN-" + Ids.Hex(6);
        var name = "Printer Amsterdam 5th floor " + Ids.Hex(4);

        // Refused: a label taken, then a date that is none; each shown by its field, and what was typed kept.
        var taken = (await wendy.PostFormAsync(New, New, Defined(product, name, ConfigurationItemsLoader.PrinterThirdFloor, warranty: "2030-12-31")))
            .Expect(HttpStatusCode.OK);
        Assert.Matches("id=\"Form_Label\"[^>]*>\\s*<span[^>]*>[^<]*</span>\\s*<span class=\"field-error\">Label has already been taken.</span>", taken.Html);
        Assert.Equal(name, taken.Field("Form.Name"));
        Assert.Equal(ConfigurationItemsLoader.PrinterThirdFloor, taken.Field("Form.Label"));
        Assert.Equal("2030-12-31", taken.Field("Form.WarrantyExpiryDate"));
        var refused = (await wendy.PostFormAsync(New, New, Defined(product, name, label, warranty: "31-12-2030"))).Expect(HttpStatusCode.OK);
        Assert.Matches("name=\"Form.WarrantyExpiryDate\"[^>]*>\\s*<span class=\"field-error\">Warranty expiry date is not a date as yyyy-mm-dd.</span>", refused.Html);
        Assert.Equal(name, refused.Field("Form.Name"));
        Assert.Equal(label, refused.Field("Form.Label"));
        Assert.Equal("31-12-2030", refused.Field("Form.WarrantyExpiryDate"));
        Assert.Empty((await Nick.GetAsync("/v1/cis?name=" + Uri.EscapeDataString(name))).Expect(200).Ids());

        var created = (await wendy.PostFormAsync(New, New, Defined(product, name, label, warranty: "2030-12-31"))).Expect(HttpStatusCode.Redirect);
        var ci = await CiAsync(label);
        var path = $"/console/widget-it-nl/cis/{ci}";
        Assert.Equal($"{path}?done=saved", created.Location);
        var page = (await wendy.GetAsync(path)).Expect(HttpStatusCode.OK);
        Assert.Contains("<time datetime=\"2030-12-31\">2030-12-31</time>", page.Html, StringComparison.Ordinal);
        Assert.Contains("Wendy Admin registered it", page.Text, StringComparison.Ordinal);

        // Related to the print server by its label; an unknown label is refused in words.
        var unknown = (await wendy.PostFormAsync(path, path + "?handler=Relation", new() { ["RelationType"] = "depends_on", ["RelatedLabel"] = "NL-NOPE-1" }))
            .Expect(HttpStatusCode.OK);
        Assert.Contains("There is no CI labelled NL-NOPE-1 that this account sees.", unknown.Text, StringComparison.Ordinal);
        var related = (await wendy.PostFormAsync(path, path + "?handler=Relation", new() { ["RelationType"] = "depends_on", ["RelatedLabel"] = "NL-SRV-PRINT" }))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal($"{path}?done=related#relations", related.Location);
        var again = (await wendy.PostFormAsync(path, path + "?handler=Relation", new() { ["RelationType"] = "connected_to", ["RelatedLabel"] = "NL-SRV-PRINT" }))
            .Expect(HttpStatusCode.OK);
        Assert.Contains("CI NL-SRV-PRINT is related to this CI already.", again.Text, StringComparison.Ordinal);
        var relation = (await Nick.GetAsync($"/v1/cis/{ci}/ci_relations")).Expect(200).Items.Single()!;
        Assert.Equal("depends_on", relation.Str("relation_type"));
        Assert.Equal(server, relation["ci"]!.Number("id"));

        // Changed from the version shown; the same form again is stale.
        page = (await wendy.GetAsync(path)).Expect(HttpStatusCode.OK);
        var version = page.Field("Version")!;
        var renamed = Defined(product, name + " (east)", label, version, "2031-01-31", "Moved to the east wing.");
        (await wendy.PostFormAsync(path, path, renamed)).Expect(HttpStatusCode.Redirect);
        var stale = (await wendy.PostFormAsync(path, path, Defined(product, name + " (west)", label, version))).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);
        var read = (await Nick.GetAsync($"/v1/cis/{ci}")).Expect(200).Record;
        Assert.Equal(name + " (east)", read.Str("name"));
        Assert.Equal("2031-01-31", read.Str("warranty_expiry_date"));
        Assert.Equal(["Moved to the east wing."], (await Nick.GetAsync($"/v1/cis/{ci}/notes")).Expect(200).Values("text"));

        // Nick, a specialist there, maintains it and relates nothing; his forged relation is refused.
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        var atNick = (await nick.GetAsync(path)).Expect(HttpStatusCode.OK);
        Assert.Contains("name=\"Form.Status\"", atNick.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Name\"", atNick.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"RelatedLabel\"", atNick.Html, StringComparison.Ordinal);
        var forged = (await nick.PostFormAsync(path, path + "?handler=Relation", new() { ["RelationType"] = "parent", ["RelatedLabel"] = ConfigurationItemsLoader.FirstLaptop }))
            .Expect(HttpStatusCode.OK);
        Assert.Contains("Only the CI's account's configuration managers relate its CIs.", forged.Text, StringComparison.Ordinal);

        var removed = (await wendy.PostFormAsync(path, path + "?handler=Relation&remove=true", new() { ["RelationId"] = Id(relation.Number("id")) }))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal($"{path}?done=unrelated#relations", removed.Location);
        Assert.Empty((await Nick.GetAsync($"/v1/cis/{ci}/ci_relations")).Expect(200).Ids());
    }

    [Fact]
    public async Task A_specialist_links_a_CI_to_a_request_by_its_label_and_removes_only_the_links_of_the_account()
    {
        var printer = await CiAsync(ConfigurationItemsLoader.PrinterThirdFloor);
        var laptop = await CiAsync(ConfigurationItemsLoader.FirstLaptop);
        var jam = await DemoSessions.RequestIdAsync(RequestsLoader.PrinterJamRequest);
        // A request of the scenario, left as it was found: a new one would change the NL requests other tests count, and the
        // link neither changes the request nor stays.
        var request = await DemoSessions.RequestIdAsync("New docking station");
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        var path = $"/console/widget-it-nl/requests/{request}";

        var unknown = (await nick.PostFormAsync(path, path + "?handler=Ci", new() { ["CiLabel"] = "NL-NOPE-1" })).Expect(HttpStatusCode.OK);
        Assert.Contains("There is no CI labelled NL-NOPE-1 that this account sees.", unknown.Text, StringComparison.Ordinal);
        var linked = (await nick.PostFormAsync(path, path + "?handler=Ci", new() { ["CiLabel"] = " " + ConfigurationItemsLoader.FirstLaptop + " " }))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal($"{path}?done=ci#cis", linked.Location);
        Assert.Equal([laptop], (await Nick.GetAsync($"/v1/requests/{request}/cis")).Expect(200).Ids());
        var page = (await nick.GetAsync(path)).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/console/widget-it-nl/cis/{laptop}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{path}\"", (await nick.GetAsync($"/console/widget-it-nl/cis/{laptop}")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        (await nick.PostFormAsync(path, path + "?handler=Ci&unlink=true", new() { ["CiId"] = Id(laptop) })).Expect(HttpStatusCode.Redirect);
        Assert.Empty((await Nick.GetAsync($"/v1/requests/{request}/cis")).Expect(200).Ids());

        // Printfix sees the jammed printer on NL's request, linked by NL: nothing of it is Printfix's to remove.
        using var pieter = await DemoSessions.SignInAsync("td_demo_printfix_engineer");
        var jamPath = $"/console/printfix/requests/{jam}";
        var atPrintfix = (await pieter.GetAsync(jamPath)).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/console/printfix/cis/{printer}\"", atPrintfix.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"CiId\"", atPrintfix.Html, StringComparison.Ordinal);
        var refused = (await pieter.PostFormAsync(jamPath, jamPath + "?handler=Ci&unlink=true", new() { ["CiId"] = Id(printer) })).Expect(HttpStatusCode.OK);
        Assert.Contains("This account did not link that CI to the request.", refused.Text, StringComparison.Ordinal);
        Assert.Equal([printer], (await Nick.GetAsync($"/v1/requests/{jam}/cis")).Expect(200).Ids());
        // A request Printfix does not see is the 404 page, and nothing is linked to it.
        (await pieter.PostFormAsync(jamPath, $"/console/printfix/requests/{request}?handler=Ci", new() { ["CiLabel"] = ConfigurationItemsLoader.PrinterThirdFloor }))
            .ExpectNotFoundPage();
        Assert.Empty((await Nick.GetAsync($"/v1/requests/{request}/cis")).Expect(200).Ids());
    }

    [Fact]
    public async Task Products_are_listed_to_the_account_and_written_by_its_definers()
    {
        using var wendy = await DemoSessions.SignInAsync("td_demo_widget_admin");
        const string List = "/console/widget-it-nl/products";
        Assert.Contains("Dell PowerEdge R650", (await wendy.GetAsync(List)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        var taken = (await wendy.PostFormAsync(List, List, new() { ["Form.Name"] = "Dell Latitude 7440", ["Form.Brand"] = "Dell", ["Form.Model"] = "", ["Form.Category"] = "Laptop" }))
            .Expect(HttpStatusCode.OK);
        Assert.Contains("Name has already been taken.", taken.Text, StringComparison.Ordinal);
        Assert.Equal("Dell", taken.Field("Form.Brand"));

        var name = "Lenovo ThinkPad " + Ids.Hex(6);
        var created = (await wendy.PostFormAsync(List, List, new() { ["Form.Name"] = name, ["Form.Brand"] = "Lenovo", ["Form.Model"] = "", ["Form.Category"] = "Laptop" }))
            .Expect(HttpStatusCode.Redirect);
        var product = (await Nick.GetAsync("/v1/products?name=" + Uri.EscapeDataString(name))).Expect(200).Ids().Single();
        var path = $"/console/widget-it-nl/products/{product}";
        Assert.Equal($"{path}?done=saved", created.Location);
        var version = (await wendy.GetAsync(path)).Expect(HttpStatusCode.OK).Field("Version")!;
        (await wendy.PostFormAsync(path, path, new() { ["Version"] = version, ["Form.Name"] = name, ["Form.Brand"] = "Lenovo", ["Form.Model"] = "T14", ["Form.Category"] = "Laptop" }))
            .Expect(HttpStatusCode.Redirect);
        Assert.Equal("T14", (await Nick.GetAsync($"/v1/products/{product}")).Expect(200).Record.Str("model"));

        // Nick reads them and writes none; Printfix never reads NL's.
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        var atNick = (await nick.GetAsync(List)).Expect(HttpStatusCode.OK);
        Assert.Contains(name, atNick.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Name\"", atNick.Html, StringComparison.Ordinal);
        (await nick.PostFormAsync(List, List, new() { ["Form.Name"] = "Forged " + Ids.Hex(6) })).ExpectNotFoundPage();
        using var pieter = await DemoSessions.SignInAsync("td_demo_printfix_engineer");
        (await pieter.GetAsync($"/console/printfix/products/{product}")).ExpectNotFoundPage();
        (await pieter.PostFormAsync("/console/printfix/products", $"/console/printfix/products/{product}",
            new() { ["Version"] = "0", ["Form.Name"] = "Forged" })).ExpectNotFoundPage();
        Assert.Equal(name, (await Nick.GetAsync($"/v1/products/{product}")).Expect(200).Record.Str("name"));
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
