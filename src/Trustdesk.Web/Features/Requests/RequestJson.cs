using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// How a request looks on the wire. Its references may live in other accounts (the provider's team, the instance,
/// the directory's people); their names are read in the account each lives in, which the caller may read because
/// it sees the request — nothing else of those accounts is read.
/// </summary>
public sealed class RequestJson(TrustdeskDbContext db, References references)
{
    public static readonly string[] CollectionFields =
        ["subject", "category", "impact", "status", "team", "member", "service_instance", "requested_for", "next_target_at", "account", "created_at", "updated_at"];

    public static readonly string[] AllFields =
    [
        "subject", "category", "impact", "status", "completion_reason", "completed_at", "team", "member", "service_instance",
        "requested_by", "requested_for", "customer_account", "workflow", "response_target_at", "resolution_target_at", "next_target_at", "account", "source", "sourceID",
        "created_at", "updated_at",
    ];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Request> requests, CancellationToken cancel)
    {
        var names = await NamesAsync(requests, cancel);
        await references.LoadAccountsAsync(requests.SelectMany(r => new[] { r.AccountId, r.CustomerAccountId, r.TeamAccountId, r.ServiceInstanceAccountId })
            .OfType<string>().Concat(names.People.Values.Select(p => p.AccountId)), cancel);
        return requests.Select(r =>
        {
            var json = new JsonObject
            {
                ["id"] = r.Id,
                ["subject"] = r.Subject,
                ["category"] = SnakeCaseEnum<RequestCategory>.Name(r.Category),
                ["impact"] = r.Impact is { } impact ? SnakeCaseEnum<RequestImpact>.Name(impact) : null,
                ["status"] = SnakeCaseEnum<RequestStatus>.Name(r.Status),
                ["completion_reason"] = r.CompletionReason is { } reason ? SnakeCaseEnum<CompletionReason>.Name(reason) : null,
                ["completed_at"] = ApiJson.Timestamp(r.CompletedAt),
                ["team"] = Ref(names.Teams, r.TeamId, r.TeamAccountId),
                ["member"] = Ref(names.People, r.MemberId, null),
                ["service_instance"] = Ref(names.Instances, r.ServiceInstanceId, r.ServiceInstanceAccountId),
                ["requested_by"] = Ref(names.People, r.RequestedById, null),
                ["requested_for"] = Ref(names.People, r.RequestedForId, null),
                ["customer_account"] = r.CustomerAccountId is null ? null : references.Account(r.CustomerAccountId),
                ["workflow"] = r.WorkflowId is long workflow ? new JsonObject { ["id"] = workflow } : null,
                ["response_target_at"] = ApiJson.Timestamp(r.ResponseTargetAt),
                ["resolution_target_at"] = ApiJson.Timestamp(r.ResolutionTargetAt),
                ["next_target_at"] = r.NextTargetSpecial ?? ApiJson.Timestamp(r.NextTargetAt),
                ["source"] = r.Source,
                ["sourceID"] = r.SourceId,
                ["created_at"] = ApiJson.Timestamp(r.CreatedAt),
                ["updated_at"] = ApiJson.Timestamp(r.UpdatedAt),
            };
            if (references.AccountIfForeign(r.AccountId) is { } account) json["account"] = account;
            return json;
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Request request, CancellationToken cancel) => (await RenderAsync([request], cancel))[0];

    private JsonObject? Ref(Dictionary<long, (string Name, string AccountId)> known, long? id, string? accountId) =>
        id is long key && known.TryGetValue(key, out var named) ? references.Record(key, named.Name, accountId ?? named.AccountId) : null;

    private sealed record Names(
        Dictionary<long, (string Name, string AccountId)> Teams,
        Dictionary<long, (string Name, string AccountId)> Instances,
        Dictionary<long, (string Name, string AccountId)> People);

    /// <summary>
    /// Team and instance names in the account each belongs to; the requester's people in the request's account (which
    /// uses its own and its directory's people) and, for a request served across a trust, in its customer account (whose
    /// people the SLA covers), the member in the team's. One short read per account involved.
    /// </summary>
    private async Task<Names> NamesAsync(IReadOnlyList<Request> requests, CancellationToken cancel)
    {
        var names = new Names([], [], []);
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => requests.Select(r => r.AccountId).Contains(a.Id)
                || requests.Select(r => r.CustomerAccountId).Contains(a.Id)
                || requests.Select(r => r.TeamAccountId).Contains(a.Id)
                || requests.Select(r => r.ServiceInstanceAccountId).Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancel);
        foreach (var account in accounts.Values)
        {
            var teamIds = requests.Where(r => r.TeamAccountId == account.Id).Select(r => r.TeamId).OfType<long>().ToList();
            var instanceIds = requests.Where(r => r.ServiceInstanceAccountId == account.Id).Select(r => r.ServiceInstanceId).OfType<long>().ToList();
            // The member belongs to the team, so it is one of the people of the team's account (a provider's, after a hand-over).
            var personIds = requests.Where(r => r.AccountId == account.Id || r.CustomerAccountId == account.Id)
                .SelectMany(r => new[] { r.RequestedById, r.RequestedForId })
                .Concat(requests.Where(r => r.TeamAccountId == account.Id).Select(r => r.MemberId ?? 0)).Where(id => id != 0).Distinct().ToList();
            using (db.Scope.Switch(account.Id, account.SharedDirectoryId))
            {
                foreach (var t in await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).Select(t => new { t.Id, t.Name, t.AccountId }).ToListAsync(cancel))
                    names.Teams[t.Id] = (t.Name, t.AccountId);
                foreach (var i in await db.ServiceInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).Select(i => new { i.Id, i.Name, i.AccountId }).ToListAsync(cancel))
                    names.Instances[i.Id] = (i.Name, i.AccountId);
                foreach (var p in await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.AccountId }).ToListAsync(cancel))
                    names.People[p.Id] = (p.Name, p.AccountId);
            }
        }
        return names;
    }
}
