using System.Globalization;
using System.Net;
using Trustdesk.Web.Demo;
using Trustdesk.Web.Tests.Features.Contracts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// Contracts in the console (ADR 52), on the reference scenario: NL's managers find the printer maintenance contract under
/// "notice soon" with its notice date (the days left counted on a server whose clock the test names); Wendy registers a contract through the form, changes it from the
/// version shown and covers CIs by label; a specialist reads contracts and writes none; no other account opens one.
/// </summary>
public sealed class ConsoleContractTests(NoticeClockServer clocked) : IClassFixture<NoticeClockServer>
{
    private static ApiClient Wendy => DemoSessions.Server.Client("td_demo_widget_admin", "widget-it-nl");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<long> PrinterContractAsync()
    {
        await DemoSessions.LoadAsync();
        return (await Wendy.GetAsync("/v1/contracts?name=" + Uri.EscapeDataString(ConfigurationItemsLoader.PrinterContract))).Expect(200).Ids().Single();
    }

    private static Dictionary<string, string> Form(string name, long supplier, string start, string notice, string expiry, string? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = name, ["Form.SupplierId"] = Id(supplier), ["Form.Status"] = "active", ["Form.StartDate"] = start,
            ["Form.NoticeDate"] = notice, ["Form.ExpiryDate"] = expiry, ["Form.Remarks"] = "",
        };
        if (version is not null) fields["Version"] = version;
        return fields;
    }

    /// <summary>
    /// The days left are counted from the UTC date of the server's clock, here an instant the test names: late on 30 June
    /// 2030 UTC, so a notice date of 28 September is 90 days away; an hour later, past midnight UTC, 89.
    /// </summary>
    [Fact]
    public async Task The_days_left_count_from_the_UTC_date_of_the_servers_clock()
    {
        var (server, clock) = (clocked.Server, clocked.Clock);
        var account = await clocked.World.SupportDomainAsync();
        var supplier = await account.AddOrganizationAsync("Supplier");
        var contract = (await account.Owner.PostAsync("/v1/contracts",
            new { name = "Lease", supplier_id = supplier, status = "active", notice_date = "2030-09-28" })).Expect(201).Id;
        var (email, password) = await ConsoleWorld.SetPasswordAsync(server, account.Id, account.OwnerId);
        using var owner = await PageSession.SignInAsync(server, email, password);

        string DaysLeft(PageResponse page)
        {
            var row = page.Html[page.Html.IndexOf($"data-contract=\"{contract}\"", StringComparison.Ordinal)..];
            var cell = row[(row.IndexOf("data-testid=\"days-left\">", StringComparison.Ordinal) + "data-testid=\"days-left\">".Length)..];
            return cell[..cell.IndexOf('<', StringComparison.Ordinal)];
        }

        Assert.Equal("90 days", DaysLeft((await owner.GetAsync($"/console/{account.Id}/contracts?filter=notice_soon")).Expect(HttpStatusCode.OK)));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal("89 days", DaysLeft((await owner.GetAsync($"/console/{account.Id}/contracts?filter=notice_soon")).Expect(HttpStatusCode.OK)));
    }

    [Fact]
    public async Task Notice_soon_lists_the_printer_contract_with_its_notice_date()
    {
        var contract = await PrinterContractAsync();
        var read = (await Wendy.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record;
        using var wendy = await DemoSessions.SignInAsync("td_demo_widget_admin");
        var soon = (await wendy.GetAsync("/console/widget-it-nl/contracts?filter=notice_soon")).Expect(HttpStatusCode.OK);
        Assert.Contains($"href=\"/console/widget-it-nl/contracts/{contract}\"", soon.Html, StringComparison.Ordinal);
        Assert.Contains($"<time datetime=\"{read.Str("notice_date")}\">{read.Str("notice_date")}</time>", soon.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-contract=\"{contract}\"",
            (await wendy.GetAsync("/console/widget-it-nl/contracts?filter=expired")).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        (await wendy.GetAsync("/console/widget-it-nl/contracts?filter=nope")).ExpectNotFoundPage();

        var page = (await wendy.GetAsync($"/console/widget-it-nl/contracts/{contract}")).Expect(HttpStatusCode.OK);
        Assert.Contains("Printfix B.V.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Printer Amsterdam 3rd floor", page.Text, StringComparison.Ordinal);
        Assert.Contains("Printer Amsterdam 4th floor", page.Text, StringComparison.Ordinal);
        Assert.Contains("Wendy Admin registered it", page.Text, StringComparison.Ordinal);

        // A specialist reads contracts and writes none; Printfix, the supplier's account, never opens NL's.
        using var nick = await DemoSessions.SignInAsync("td_demo_nl_analyst");
        var list = (await nick.GetAsync("/console/widget-it-nl/contracts")).Expect(HttpStatusCode.OK);
        Assert.Contains(ConfigurationItemsLoader.PrinterContract, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/contracts/new", list.Html, StringComparison.Ordinal);
        (await nick.GetAsync("/console/widget-it-nl/contracts/new")).ExpectNotFoundPage();
        var atNick = (await nick.GetAsync($"/console/widget-it-nl/contracts/{contract}")).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain("name=\"Form.Name\"", atNick.Html, StringComparison.Ordinal);
        var path = $"/console/widget-it-nl/contracts/{contract}";
        var forged = (await nick.PostFormAsync(path, path, Form("Forged", 1, "", "", "", "1"))).Expect(HttpStatusCode.OK);
        Assert.Contains("Only administrators, configuration managers and service level managers change contracts.", forged.Text, StringComparison.Ordinal);
        Assert.Equal(ConfigurationItemsLoader.PrinterContract, (await Wendy.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record.Str("name"));

        using var pieter = await DemoSessions.SignInAsync("td_demo_printfix_engineer");
        Assert.DoesNotContain(ConfigurationItemsLoader.PrinterContract,
            (await pieter.GetAsync("/console/printfix/contracts?filter=notice_soon")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        (await pieter.GetAsync($"/console/printfix/contracts/{contract}")).ExpectNotFoundPage();
        (await pieter.GetAsync($"/console/widget-it-nl/contracts/{contract}")).ExpectNotFoundPage();
    }

    [Fact]
    public async Task Wendy_registers_a_contract_changes_it_from_the_version_shown_and_covers_CIs_by_label()
    {
        await DemoSessions.LoadAsync();
        var supplier = (await Wendy.GetAsync("/v1/organizations?name=" + Uri.EscapeDataString("Printfix B.V."))).Expect(200).Ids().Single();
        var laptop = (await Wendy.GetAsync("/v1/cis?label=NL-LT-0005")).Expect(200).Ids().Single();
        using var wendy = await DemoSessions.SignInAsync("td_demo_widget_admin");
        const string New = "/console/widget-it-nl/contracts/new";
        var name = "Laptop leasing " + Ids.Hex(6);

        // Dates out of order are refused by the field, and what was typed is kept.
        var refused = (await wendy.PostFormAsync(New, New, Form(name, supplier, "2031-01-01", "2030-06-30", "2031-12-31"))).Expect(HttpStatusCode.OK);
        Assert.Contains("Notice date must be on or after the start date.", refused.Text, StringComparison.Ordinal);
        Assert.Equal(name, refused.Field("Form.Name"));
        Assert.Equal("2030-06-30", refused.Field("Form.NoticeDate"));
        Assert.Empty((await Wendy.GetAsync("/v1/contracts?name=" + Uri.EscapeDataString(name))).Expect(200).Ids());

        var created = (await wendy.PostFormAsync(New, New, Form(name, supplier, "2030-01-01", "2030-10-01", "2031-12-31"))).Expect(HttpStatusCode.Redirect);
        var contract = (await Wendy.GetAsync("/v1/contracts?name=" + Uri.EscapeDataString(name))).Expect(200).Ids().Single();
        var path = $"/console/widget-it-nl/contracts/{contract}";
        Assert.Equal($"{path}?done=saved", created.Location);

        var version = (await wendy.GetAsync(path)).Expect(HttpStatusCode.OK).Field("Version")!;
        (await wendy.PostFormAsync(path, path, Form(name, supplier, "2030-01-01", "2030-11-01", "2031-12-31", version))).Expect(HttpStatusCode.Redirect);
        var stale = (await wendy.PostFormAsync(path, path, Form(name, supplier, "2030-01-01", "2030-12-01", "2031-12-31", version))).Expect(HttpStatusCode.OK);
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);
        Assert.Equal("2030-11-01", (await Wendy.GetAsync($"/v1/contracts/{contract}")).Expect(200).Record.Str("notice_date"));
        Assert.Contains("Wendy Admin changed notice date", (await wendy.GetAsync(path)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);

        var unknown = (await wendy.PostFormAsync(path, path + "?handler=Ci", new() { ["CiLabel"] = "NL-NOPE-1" })).Expect(HttpStatusCode.OK);
        Assert.Contains("There is no CI labelled NL-NOPE-1 that this account sees.", unknown.Text, StringComparison.Ordinal);
        var covered = (await wendy.PostFormAsync(path, path + "?handler=Ci", new() { ["CiLabel"] = "NL-LT-0005" })).Expect(HttpStatusCode.Redirect);
        Assert.Equal($"{path}?done=covered#cis", covered.Location);
        Assert.Equal([laptop], (await Wendy.GetAsync($"/v1/contracts/{contract}/cis")).Expect(200).Ids());
        Assert.Contains($"href=\"/console/widget-it-nl/cis/{laptop}\"", (await wendy.GetAsync(path)).Expect(HttpStatusCode.OK).Html, StringComparison.Ordinal);
        Assert.Contains(name, (await wendy.GetAsync($"/console/widget-it-nl/cis/{laptop}")).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        (await wendy.PostFormAsync(path, path + "?handler=Ci&remove=true", new() { ["CiId"] = Id(laptop) })).Expect(HttpStatusCode.Redirect);
        Assert.Empty((await Wendy.GetAsync($"/v1/contracts/{contract}/cis")).Expect(200).Ids());
        var notCovered = (await wendy.PostFormAsync(path, path + "?handler=Ci&remove=true", new() { ["CiId"] = Id(laptop) })).Expect(HttpStatusCode.OK);
        Assert.Contains("The contract does not cover that CI.", notCovered.Text, StringComparison.Ordinal);
    }
}
