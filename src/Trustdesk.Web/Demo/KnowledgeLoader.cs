using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Knowledge;
using Trustdesk.Web.Features.Knowledge;

namespace Trustdesk.Web.Demo;

/// <summary>
/// Knowledge articles of the reference scenario (product.md §10), in several accounts: an NL employee finds the
/// competence center's password article, NL's Wi-Fi article, HR's and Printfix's; not Brazil's; the competence center's
/// article for covered specialists reaches the country IT accounts' specialists; one in progress stays at home. Each gets
/// the first line of its audit trail. Loaded once: an article whose subject exists in its account is left alone.
/// </summary>
public sealed class KnowledgeLoader(TrustdeskDbContext db)
{
    private sealed record DemoArticle(string Account, string Service, string Subject, string Keywords, string Instructions,
        KnowledgeArticleStatus Status, bool EndUsers, bool CoveredSpecialists, string Author);

    private static readonly DemoArticle[] Articles =
    [
        new("widget-cc", "Active Directory", "Reset your Widget password", "password forgotten locked login sign in",
            "Go to https://password.widget.example, enter your e-mail address and follow the link you receive. "
            + "The new password works everywhere within five minutes.", KnowledgeArticleStatus.Validated, true, false, "chris.cole@widget.example"),
        new("widget-cc", "Active Directory", "Unlock an account locked by a saved phone password", "lockout phone mail",
            "Look up the lockout source in the domain controller's security log (event 4740). When it is a phone, ask the user "
            + "to remove the mail account there, then unlock the account.", KnowledgeArticleStatus.Validated, false, true, "chris.cole@widget.example"),
        new("widget-cc", "Data Center", "Rebuild a domain controller", "disaster recovery",
            "Draft: restore the system state backup on a fresh server, then seize the roles.", KnowledgeArticleStatus.WorkInProgress, false, false,
            "chris.cole@widget.example"),
        new("widget-it-nl", "Workplace NL", "Connect your laptop to the office Wi-Fi", "wifi wireless network internet",
            "Choose the network Widget-NL, sign in with your Widget e-mail address and password, and accept the certificate.",
            KnowledgeArticleStatus.Validated, true, false, "nick.jansen@widget.example"),
        new("widget-it-br", "Workplace BR", "Configure the VPN client in Brazil", "vpn remote home",
            "Install the VPN client from the software portal and choose the São Paulo gateway.", KnowledgeArticleStatus.Validated, true, false,
            "carla.mendes@widget.example"),
        new("widget-hr", "HR Services", "Request parental leave", "leave baby holiday",
            "Ask for parental leave at least two months ahead with the request form of HR Services; attach the birth certificate "
            + "once you have it.", KnowledgeArticleStatus.Validated, true, false, "hannah.reed@widget.example"),
        new("printfix", "Printer Repair", "Clear a paper jam", "printer paper jam stuck",
            "Open the front cover, pull the jammed paper out towards you with both hands, and close the cover. When the printer "
            + "still reports a jam, switch it off for ten seconds.", KnowledgeArticleStatus.Validated, true, true, "pieter@printfix.example"),
    ];

    public async Task LoadAsync(Func<Account, Func<Task>, Task> inAccount, CancellationToken cancel)
    {
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancel);
        var authors = Articles.Select(a => a.Author).Distinct().ToList();
        foreach (var group in Articles.GroupBy(a => a.Account))
            await inAccount(accounts[group.Key], async () =>
            {
                var people = await db.People.Where(p => authors.Contains(p.PrimaryEmailKey))
                    .ToDictionaryAsync(p => p.PrimaryEmailKey, p => p.Id, cancel);
                foreach (var demo in group)
                {
                    if (await db.KnowledgeArticles.AnyAsync(a => a.Subject == demo.Subject, cancel)) continue;
                    var serviceId = await db.Services.Where(s => s.Name == demo.Service).Select(s => s.Id).FirstAsync(cancel);
                    var article = new KnowledgeArticle
                    {
                        ServiceId = serviceId, Subject = demo.Subject, Keywords = demo.Keywords, Instructions = demo.Instructions,
                        Status = demo.Status, EndUsers = demo.EndUsers, CoveredSpecialists = demo.CoveredSpecialists,
                        CreatedById = people[demo.Author], Source = "demo",
                    };
                    db.KnowledgeArticles.Add(article);
                    await db.SaveChangesAsync(cancel);
                    db.AuditEntries.Add(SaveKnowledgeArticle.Audited.Created(article, people[demo.Author]));
                    await db.SaveChangesAsync(cancel);
                }
            });
    }
}
