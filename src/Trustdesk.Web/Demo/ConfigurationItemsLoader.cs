using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Domain.Organizations;
using Trustdesk.Web.Features.Contracts;

namespace Trustdesk.Web.Demo;

/// <summary>
/// The configuration items of the reference scenario (product.md §10): Widget IT Netherlands' printers, supported by
/// Printfix's Printer Engineers through the <c>cis</c> trust NL gives Printfix, connected to NL's print server; and NL's
/// laptop fleet, supported by Workplace NL, each used by an NL employee (Anna de Vries has the first). The printer of
/// the jammed-printer request is linked to it. Printfix sees the two printers and nothing else of NL's CIs. NL's
/// printer maintenance contract with Printfix covers both printers; it runs for a year from three quarters of a year
/// before the load, so its notice date falls within the managers' 90-day list. Loaded once, after the requests: an
/// account with products is left alone.
/// </summary>
public sealed class ConfigurationItemsLoader(TrustdeskDbContext db, TimeProvider time)
{
    public const string PrinterContract = "Printer maintenance";

    public const string PrinterThirdFloor = "NL-PRN-003";
    public const string FirstLaptop = "NL-LT-0001";
    private const string Configurator = "wendy.admin@widget.example";
    private const int Laptops = 12;

    public async Task LoadAsync(Func<Account, Func<Task>, Task> inAccount, CancellationToken cancel)
    {
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.Id == "widget-it-nl" || a.Id == "printfix").ToDictionaryAsync(a => a.Id, cancel);
        long printerEngineers = 0;
        await inAccount(accounts["printfix"], async () =>
            printerEngineers = await db.Teams.Where(t => t.Name == "Printer Engineers").Select(t => t.Id).FirstAsync(cancel));
        await inAccount(accounts["widget-it-nl"], async () =>
        {
            if (await db.Products.AnyAsync(cancel)) return;
            var wendy = await db.People.Where(p => p.PrimaryEmailKey == Configurator).Select(p => p.Id).FirstAsync(cancel);
            var workplace = await db.Teams.Where(t => t.Name == "Workplace NL").Select(t => t.Id).FirstAsync(cancel);
            var amsterdam = await db.Sites.Where(s => s.Name == "Amsterdam Office").Select(s => s.Id).FirstAsync(cancel);
            var printer = new Product { Name = "HP LaserJet M607", Brand = "HP", Model = "M607", Category = "Printer", Source = "demo" };
            var laptop = new Product { Name = "Dell Latitude 7440", Brand = "Dell", Model = "7440", Category = "Laptop", Source = "demo" };
            var server = new Product { Name = "Dell PowerEdge R650", Brand = "Dell", Model = "R650", Category = "Server", Source = "demo" };
            db.Products.AddRange(printer, laptop, server);
            await db.SaveChangesAsync(cancel);

            var printServer = Ci(server, "Print server Amsterdam", "NL-SRV-PRINT", amsterdam, workplace, "widget-it-nl");
            var printers = new[] { ("Printer Amsterdam 3rd floor", PrinterThirdFloor), ("Printer Amsterdam 4th floor", "NL-PRN-004") }
                .Select(p => Ci(printer, p.Item1, p.Item2, amsterdam, printerEngineers, "printfix")).ToList();
            var employees = await db.People.Where(p => p.PrimaryEmailKey.EndsWith("@widget.example") && p.SiteId == amsterdam)
                .OrderBy(p => p.PrimaryEmailKey == "anna.devries@widget.example" ? 0 : 1).ThenBy(p => p.Id).Take(Laptops).Select(p => p.Id).ToListAsync(cancel);
            var laptops = employees.Select((_, i) => Ci(laptop, $"Laptop {i + 1:0000}", $"NL-LT-{i + 1:0000}", amsterdam, workplace, "widget-it-nl")).ToList();
            db.Cis.Add(printServer);
            db.Cis.AddRange(printers);
            db.Cis.AddRange(laptops);
            await db.SaveChangesAsync(cancel);

            foreach (var ci in laptops.Prepend(printServer).Concat(printers))
                db.CiAuditEntries.Add(new CiAuditEntry { CiId = ci.Id, PersonId = wendy, Action = "create" });
            db.CiUsers.AddRange(laptops.Zip(employees, (ci, person) => new CiUser { CiId = ci.Id, PersonId = person }));
            db.CiRelations.AddRange(printers.Select(p => new CiRelation { CiId = p.Id, RelationType = CiRelationType.DependsOn, RelatedCiId = printServer.Id }));
            db.CiNotes.Add(new CiNote { CiId = printers[0].Id, PersonId = wendy, Text = "Serviced by Printfix under the printer maintenance contract." });
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var supplier = new Organization { Name = "Printfix B.V." };
            db.Organizations.Add(supplier);
            await db.SaveChangesAsync(cancel);
            var contract = new Contract
            {
                Name = PrinterContract, SupplierId = supplier.Id, Status = AgreementStatus.Active, StartDate = today.AddMonths(-9),
                ExpiryDate = today.AddMonths(3), NoticeDate = today.AddMonths(2), Source = "demo",
                Remarks = "On-site repair of NL's printers within one business day.",
            };
            db.Contracts.Add(contract);
            await db.SaveChangesAsync(cancel);
            db.AuditEntries.Add(SaveContract.Audited.Created(contract, wendy));
            db.ContractCis.AddRange(printers.Select(p => new ContractCi { ContractId = contract.Id, CiId = p.Id }));
            var jam = await db.Requests.Where(r => r.Subject == RequestsLoader.PrinterJamRequest).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancel);
            if (jam is long request) db.RequestCis.Add(new RequestCi { RequestId = request, CiId = printers[0].Id, PersonId = wendy });
            await db.SaveChangesAsync(cancel);
        });
    }

    private static Ci Ci(Product product, string name, string label, long site, long team, string teamAccount) => new()
    {
        ProductId = product.Id, Name = name, Label = label, Status = CiStatus.InProduction, SiteId = site,
        SupportTeamId = team, SupportTeamAccountId = teamAccount, SerialNumber = "SN-" + label, Source = "demo",
    };
}
