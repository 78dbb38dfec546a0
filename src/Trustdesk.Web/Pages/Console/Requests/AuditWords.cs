using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Requests;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Requests;

/// <summary>
/// A request's audit trail as people read it: "Team: — → Active Directory", not "team_id: — → 4711". The API keeps
/// column names and ids (as 4me's audit does); the console names the fields, and names what an id points at only where
/// the caller sees it anyway: a record of its own account (or directory), or one the request names now. A team that
/// held the request in another account is "a team of Printfix": what it was called there is not this account's to
/// know (once a trust is revoked, nothing of it should keep showing). An entry only holds what changed, so the account
/// beside an id (<c>team_account_id</c> beside <c>team_id</c>) is followed by replaying the trail from its first entry,
/// which holds every field.
/// </summary>
public sealed class AuditWords(TrustdeskDbContext db, References references, Caller caller)
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
    /// <param name="trail">The entries as the API answers them (<c>GET /v1/requests/:id/audit</c>).</param>
    /// <param name="current">The request as the API answers it for the caller now.</param>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(
        IReadOnlyList<AuditEntryResponse> trail, string requestAccountId, RequestResponse current, CancellationToken cancel)
    {
        var state = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var replayed = new List<(AuditEntryResponse Entry, List<Change> Changes)>();
        foreach (var entry in trail)
        {
            var before = new Dictionary<string, JsonNode?>(state, StringComparer.Ordinal);
            foreach (var (field, pair) in entry.Changes) state[field] = pair.ElementAtOrDefault(1)?.DeepClone();
            replayed.Add((entry, entry.Changes.Where(c => !Locators.Contains(c.Key)).Select(c =>
            {
                var accountField = Fields.GetValueOrDefault(c.Key)?.AccountField;
                return new Change(c.Key, c.Value.ElementAtOrDefault(0), c.Value.ElementAtOrDefault(1),
                    (accountField is null ? null : Text(before.GetValueOrDefault(accountField))) ?? requestAccountId,
                    (accountField is null ? null : Text(state.GetValueOrDefault(accountField))) ?? requestAccountId);
            }).ToList()));
        }

        var all = replayed.SelectMany(r => r.Changes).ToList();
        var ids = all.SelectMany(c => new[] { (Fields.GetValueOrDefault(c.Field)?.Kind, Id(c.Old)), (Fields.GetValueOrDefault(c.Field)?.Kind, Id(c.New)) })
            .Where(w => w.Item1 is not null && w.Item2 is not null).Select(w => (Kind: w.Item1!.Value, Id: w.Item2!.Value)).Distinct().ToList();
        var known = Named(current);
        foreach (var (key, name) in await OwnNamesAsync(ids.Where(w => !known.ContainsKey(w)).ToList(), cancel)) known[key] = name;
        await references.LoadAccountsAsync(all.SelectMany(c => new[] { c.OldAccount, c.NewAccount })
            .Concat(all.Where(c => Fields.GetValueOrDefault(c.Field)?.Kind == Kind.Account).SelectMany(c => new[] { Text(c.Old), Text(c.New) }))
            .OfType<string>(), cancel);

        string? Shown(string field, JsonNode? value, string? account)
        {
            if (value is null) return null;
            var kind = Fields.GetValueOrDefault(field)?.Kind ?? Kind.Text;
            var id = Id(value);
            return kind switch
            {
                Kind.Word => RequestView.Words(Text(value)),
                Kind.Account when Text(value) is { } a => Account(a),
                Kind.Text => Text(value) ?? value.ToJsonString(),
                _ when id is long n && known.TryGetValue((kind, n), out var name) => name,
                Kind.Team or Kind.Person or Kind.ServiceInstance or Kind.Sla when id is long && account is not null && account != caller.AccountId =>
                    $"a {Noun(kind)} of {Account(account)}",
                _ when id is long n => "#" + n,
                _ => Text(value) ?? value.ToJsonString(),
            };
        }

        return replayed.Select(r => new AuditEntry(
            RequestView.Words(r.Entry.Action)!,
            r.Entry.CreatedBy?.Name ?? "—",
            r.Entry.Account.Name,
            r.Changes.Select(c => (Fields.GetValueOrDefault(c.Field)?.Label ?? RequestView.Words(c.Field)!, Shown(c.Field, c.Old, c.OldAccount), Shown(c.Field, c.New, c.NewAccount))).ToList(),
            Moment.Of(r.Entry.CreatedAt))).ToList();
    }

    /// <summary>The names the request's own answer gives now (its team, member, instance and requesters).</summary>
    private static Dictionary<(Kind, long), string> Named(RequestResponse current)
    {
        var named = new Dictionary<(Kind, long), string>();
        foreach (var (reference, kind) in new[] { (current.Team, Kind.Team), (current.Member, Kind.Person), (current.ServiceInstance, Kind.ServiceInstance),
                     (current.RequestedBy, Kind.Person), (current.RequestedFor, Kind.Person) })
            if (reference is { Name: { } name }) named[(kind, reference.Id)] = name;
        return named;
    }

    /// <summary>Names of the caller's own account's (and directory's) records, read through the usual filters, no other scope.</summary>
    private async Task<Dictionary<(Kind, long), string>> OwnNamesAsync(IReadOnlyList<(Kind Kind, long Id)> wanted, CancellationToken cancel)
    {
        List<long> Of(Kind kind) => wanted.Where(w => w.Kind == kind).Select(w => w.Id).ToList();
        var (teams, people, instances, slas) = (Of(Kind.Team), Of(Kind.Person), Of(Kind.ServiceInstance), Of(Kind.Sla));
        var found = new Dictionary<(Kind, long), string>();
        if (teams.Count > 0)
            foreach (var t in await db.Teams.AsNoTracking().Where(t => teams.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(cancel))
                found[(Kind.Team, t.Id)] = t.Name;
        if (people.Count > 0)
            foreach (var p in await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancel))
                found[(Kind.Person, p.Id)] = p.Name;
        if (instances.Count > 0)
            foreach (var i in await db.ServiceInstances.AsNoTracking().Where(i => instances.Contains(i.Id)).Select(i => new { i.Id, i.Name }).ToListAsync(cancel))
                found[(Kind.ServiceInstance, i.Id)] = i.Name;
        if (slas.Count > 0)
            foreach (var s in await db.Slas.AsNoTracking().Where(s => slas.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancel))
                found[(Kind.Sla, s.Id)] = s.Name;
        return found;
    }

    private string Account(string accountId) => references.AccountRef(accountId).Name;

    private static string Noun(Kind kind) => kind switch
    {
        Kind.Team => "team",
        Kind.Person => "person",
        Kind.ServiceInstance => "service instance",
        _ => "SLA",
    };

    private static long? Id(JsonNode? value) => value is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
