using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Requests;

/// <summary>
/// A request's audit trail as people read it: "Team: — → Active Directory", not "team_id: — → 4711". The API keeps
/// column names and ids (as 4me's audit does); the console names the fields and reads the name behind each id in the
/// account it belongs to. An entry only holds what changed, so the account beside an id (<c>team_account_id</c> beside
/// <c>team_id</c>) is followed by replaying the trail from its first entry, which holds every field.
/// </summary>
public sealed class AuditWords(TrustdeskDbContext db, NamesInAccounts names, References references)
{
    private enum Kind { Text, Word, Team, Person, ServiceInstance, Sla, Account, Workflow }

    /// <param name="Label">What a person calls the field.</param>
    /// <param name="AccountField">
    /// The audited field naming the account the id is read in; null, or that field being empty: the request's own account.
    /// </param>
    private sealed record Field(string Label, Kind Kind, string? AccountField = null);

    private static readonly Dictionary<string, Field> Fields = new(StringComparer.Ordinal)
    {
        ["subject"] = new("Subject", Kind.Text),
        ["category"] = new("Category", Kind.Word),
        ["impact"] = new("Impact", Kind.Word),
        ["status"] = new("Status", Kind.Word),
        ["completion_reason"] = new("Completion reason", Kind.Word),
        ["team_id"] = new("Team", Kind.Team, "team_account_id"),
        ["member_id"] = new("Member", Kind.Person, "team_account_id"),
        ["service_instance_id"] = new("Service instance", Kind.ServiceInstance),
        ["sla_id"] = new("SLA", Kind.Sla),
        ["workflow_id"] = new("Workflow", Kind.Workflow),
        ["customer_account_id"] = new("Customer account", Kind.Account),
        // A requester is a person of the customer's account (or directory) when the request came across a trust.
        ["requested_by_id"] = new("Requested by", Kind.Person, "customer_account_id"),
        ["requested_for_id"] = new("Requested for", Kind.Person, "customer_account_id"),
        ["source"] = new("Source", Kind.Text),
        ["sourceID"] = new("Source ID", Kind.Text),
    };

    /// <summary>Accounts kept beside ids so the rule needs no join; shown through the names they locate, not as changes.</summary>
    private static readonly HashSet<string> Locators = new(StringComparer.Ordinal) { "team_account_id", "service_instance_account_id" };

    private sealed record Change(string Field, JsonNode? Old, JsonNode? New, string? OldAccount, string? NewAccount);

    /// <summary>The trail of a request living in <paramref name="requestAccountId"/>, oldest first, in words.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(IReadOnlyList<JsonObject> trail, string requestAccountId, CancellationToken cancel)
    {
        var state = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var replayed = new List<(JsonObject Entry, List<Change> Changes)>();
        foreach (var entry in trail)
        {
            var changes = entry["changes"] as JsonObject ?? [];
            var before = new Dictionary<string, JsonNode?>(state, StringComparer.Ordinal);
            foreach (var (field, pair) in changes) state[field] = pair?[1]?.DeepClone();
            replayed.Add((entry, changes.Where(c => !Locators.Contains(c.Key)).Select(c =>
            {
                var accountField = Fields.GetValueOrDefault(c.Key)?.AccountField;
                return new Change(c.Key, c.Value?[0], c.Value?[1],
                    (accountField is null ? null : Text(before.GetValueOrDefault(accountField))) ?? requestAccountId,
                    (accountField is null ? null : Text(state.GetValueOrDefault(accountField))) ?? requestAccountId);
            }).ToList()));
        }

        var all = replayed.SelectMany(r => r.Changes).ToList();
        var wanted = all.SelectMany(c => new[] { (c.Field, Id(c.Old), c.OldAccount), (c.Field, Id(c.New), c.NewAccount) })
            .Where(w => w.Item2 is not null && w.Item3 is not null).Select(w => (Kind: Fields.GetValueOrDefault(w.Field)?.Kind, Id: w.Item2!.Value, Account: w.Item3!))
            .ToList();
        var teams = await names.TeamsAsync(wanted.Where(w => w.Kind == Kind.Team).Select(w => (w.Id, w.Account)), cancel);
        var people = await names.PeopleAsync(wanted.Where(w => w.Kind == Kind.Person).Select(w => (w.Id, w.Account)), cancel);
        var catalog = await CatalogNamesAsync(wanted.Where(w => w.Kind is Kind.ServiceInstance or Kind.Sla).Select(w => (w.Kind!.Value, w.Id)), cancel);
        var accounts = (await references.AccountsAsync(all.Where(c => Fields.GetValueOrDefault(c.Field)?.Kind == Kind.Account)
            .SelectMany(c => new[] { Text(c.Old), Text(c.New) }).OfType<string>().ToList(), cancel)).ToDictionary(a => a.Id, a => a.Name);

        string? Shown(string field, JsonNode? value, string? account)
        {
            if (value is null) return null;
            var kind = Fields.GetValueOrDefault(field)?.Kind ?? Kind.Text;
            var id = Id(value);
            return kind switch
            {
                Kind.Word => RequestView.Words(Text(value)),
                Kind.Team when id is long t && account is not null && teams.TryGetValue((t, account), out var team) => team.Name,
                Kind.Person when id is long p && account is not null && people.TryGetValue((p, account), out var person) => person.Name,
                Kind.ServiceInstance or Kind.Sla when id is long c && catalog.TryGetValue((kind, c), out var name) => name,
                Kind.Account when Text(value) is { } a => accounts.GetValueOrDefault(a, a),
                Kind.Workflow or Kind.Team or Kind.Person or Kind.ServiceInstance or Kind.Sla when id is long n => "#" + n,
                _ => Text(value) ?? value.ToJsonString(),
            };
        }

        return replayed.Select(r => new AuditEntry(
            RequestView.Words(ApiFields.Text(r.Entry, "action"))!,
            ApiFields.Name(r.Entry, "created_by") ?? "—",
            ApiFields.Name(r.Entry, "account") ?? "",
            r.Changes.Select(c => (Fields.GetValueOrDefault(c.Field)?.Label ?? RequestView.Words(c.Field)!, Shown(c.Field, c.Old, c.OldAccount), Shown(c.Field, c.New, c.NewAccount))).ToList(),
            Moment.Of(ApiFields.Text(r.Entry, "created_at")))).ToList();
    }

    /// <summary>Service instance and SLA names, read as the catalog is browsed (they may live in a provider's account).</summary>
    private async Task<Dictionary<(Kind, long), string>> CatalogNamesAsync(IEnumerable<(Kind Kind, long Id)> wanted, CancellationToken cancel)
    {
        var list = wanted.Distinct().ToList();
        var instances = list.Where(w => w.Kind == Kind.ServiceInstance).Select(w => w.Id).ToList();
        var slas = list.Where(w => w.Kind == Kind.Sla).Select(w => w.Id).ToList();
        var found = new Dictionary<(Kind, long), string>();
        if (list.Count == 0) return found;
        using (db.Scope.BrowseCatalog())
        {
            foreach (var i in await db.ServiceInstances.AsNoTracking().Where(i => instances.Contains(i.Id)).Select(i => new { i.Id, i.Name }).ToListAsync(cancel))
                found[(Kind.ServiceInstance, i.Id)] = i.Name;
            foreach (var s in await db.Slas.AsNoTracking().Where(s => slas.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancel))
                found[(Kind.Sla, s.Id)] = s.Name;
        }
        return found;
    }

    private static long? Id(JsonNode? value) => value is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
