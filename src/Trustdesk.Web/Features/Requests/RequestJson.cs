using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Problems;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// Renders requests as <see cref="RequestResponse"/>. Their references may live in other accounts (the provider's team,
/// the instance, the directory's people); their names are read in the account each lives in, which the caller may read
/// because it sees the request — nothing else of those accounts is read.
/// </summary>
public sealed class RequestJson(TrustdeskDbContext db, Caller caller, References references, LinkedProblems problems)
{
    // Names read already in this call, with the records they name: rendering does not read them again.
    private readonly Names _known = new([], [], []);

    public static readonly string[] CollectionFields =
        ["subject", "category", "impact", "status", "team", "member", "service_instance", "requested_for", "next_target_at", "account", "created_at", "updated_at"];

    public async Task<IReadOnlyList<RequestResponse>> RenderAsync(IReadOnlyList<Request> requests, CancellationToken cancel)
    {
        var accounts = await AccountsAsync(requests, cancel);
        var names = await NamesAsync(requests, accounts, cancel);
        // People of a directory other than these accounts (a support domain's): their account's name is still needed.
        await references.LoadAccountsAsync(names.People.Values.Select(p => p.AccountId), cancel);
        var linked = await problems.OfRequestsAsync(requests.Select(r => r.Id).ToList(), cancel);
        return requests.Select(r => new RequestResponse
        {
            Id = r.Id,
            Subject = r.Subject,
            Category = r.Category,
            Impact = r.Impact,
            Status = r.Status,
            CompletionReason = r.CompletionReason,
            CompletedAt = r.CompletedAt,
            Team = Ref(names.Teams, r.TeamId, r.TeamAccountId),
            Member = Ref(names.People, r.MemberId, null),
            ServiceInstance = Ref(names.Instances, r.ServiceInstanceId, r.ServiceInstanceAccountId),
            RequestedBy = Ref(names.People, r.RequestedById, null),
            RequestedFor = Ref(names.People, r.RequestedForId, null),
            CustomerAccount = r.CustomerAccountId is null ? null : references.AccountRef(r.CustomerAccountId),
            Workflow = r.WorkflowId is long workflow ? new IdRef(workflow) : null,
            Problem = linked.GetValueOrDefault(r.Id),
            ResponseTargetAt = r.ResponseTargetAt,
            ResolutionTargetAt = r.ResolutionTargetAt,
            NextTargetAt = r.NextTargetSpecial ?? ApiJson.Timestamp(r.NextTargetAt),
            Source = r.Source,
            SourceId = r.SourceId,
            CreatedAt = r.CreatedAt,
            UpdatedAt = r.UpdatedAt,
            Account = references.ForeignAccount(r.AccountId),
        }).ToList();
    }

    public async Task<RequestResponse> RenderAsync(Request request, CancellationToken cancel) => (await RenderAsync([request], cancel))[0];

    /// <summary>A team's name, read in this call in the account it lives in.</summary>
    public void KnowTeam(long id, string name, string accountId) => _known.Teams[id] = (name, accountId);

    /// <summary>A service instance's name, read in this call in the account it lives in.</summary>
    public void KnowInstance(long id, string name, string accountId) => _known.Instances[id] = (name, accountId);

    /// <summary>A person's name, read in this call in the account they live in.</summary>
    public void KnowPerson(long id, string name, string accountId) => _known.People[id] = (name, accountId);

    /// <summary>
    /// Reads now, in the current scope (which must be <paramref name="account"/>'s), the names <paramref name="request"/>
    /// shows of <paramref name="account"/>, so that rendering it later needs no read there. A registration does this
    /// just before it saves in a provider's account: the read carries the scope's settings to PostgreSQL, which the
    /// save would otherwise send by a round trip of its own.
    /// </summary>
    public async Task ReadNamesAsync(Request request, Account account, CancellationToken cancel) =>
        await ReadNamesInAsync([request], account, _known, cancel);

    private RecordRef? Ref(Dictionary<long, (string Name, string AccountId)> known, long? id, string? accountId) =>
        id is long key && known.TryGetValue(key, out var named) ? references.Ref(key, named.Name, accountId ?? named.AccountId) : null;

    private sealed record Names(
        Dictionary<long, (string Name, string AccountId)> Teams,
        Dictionary<long, (string Name, string AccountId)> Instances,
        Dictionary<long, (string Name, string AccountId)> People);

    /// <summary>
    /// The accounts the requests name (their own, customer, team and instance accounts), the caller's first: it is the
    /// one resolved for this call, and any other known in this call (a provider's, by registration) is not read again.
    /// </summary>
    private async Task<List<Account>> AccountsAsync(IReadOnlyList<Request> requests, CancellationToken cancel)
    {
        references.Know(caller.Account);
        var ids = requests.SelectMany(r => new[] { r.AccountId, r.CustomerAccountId, r.TeamAccountId, r.ServiceInstanceAccountId })
            .OfType<string>().ToList();
        var accounts = await references.AccountsAsync(ids, cancel);
        return accounts.OrderBy(a => a.Id == caller.AccountId ? 0 : 1).ToList();
    }

    /// <summary>
    /// Team and instance names in the account each belongs to; the requester's people in the request's account (which
    /// uses its own and its directory's people) and, for a request served across a trust, in its customer account (whose
    /// people the SLA covers), the member in the team's. One short read per account involved, the caller's first: it
    /// runs in the scope the call is already in, so only the other accounts' reads change the scope (and, on
    /// PostgreSQL, its settings).
    /// </summary>
    private async Task<Names> NamesAsync(IReadOnlyList<Request> requests, IReadOnlyList<Account> accounts, CancellationToken cancel)
    {
        var names = new Names(new(_known.Teams), new(_known.Instances), new(_known.People));
        foreach (var account in accounts)
            using (db.Scope.Cross(Crossing.NamesOfReferences, account.Id, account.SharedDirectoryId))
                await ReadNamesInAsync(requests, account, names, cancel);
        return names;
    }

    /// <summary>
    /// The names of <paramref name="account"/>'s records the requests show, except those in <paramref name="names"/>
    /// already, read in the current scope into <paramref name="names"/> (no read when none is missing).
    /// </summary>
    private async Task ReadNamesInAsync(IReadOnlyList<Request> requests, Account account, Names names, CancellationToken cancel)
    {
        var teamIds = requests.Where(r => r.TeamAccountId == account.Id).Select(r => r.TeamId).OfType<long>()
            .Where(id => !names.Teams.ContainsKey(id)).Distinct().ToList();
        var instanceIds = requests.Where(r => r.ServiceInstanceAccountId == account.Id).Select(r => r.ServiceInstanceId).OfType<long>()
            .Where(id => !names.Instances.ContainsKey(id)).Distinct().ToList();
        // The member belongs to the team, so it is one of the people of the team's account (a provider's, after a hand-over).
        var personIds = requests.Where(r => r.AccountId == account.Id || r.CustomerAccountId == account.Id)
            .SelectMany(r => new[] { r.RequestedById, r.RequestedForId })
            .Concat(requests.Where(r => r.TeamAccountId == account.Id).Select(r => r.MemberId ?? 0))
            .Where(id => id != 0 && !names.People.ContainsKey(id)).Distinct().ToList();
        if (teamIds.Count == 0 && instanceIds.Count == 0 && personIds.Count == 0) return;
        foreach (var row in await NameRowsAsync(teamIds, instanceIds, personIds, cancel))
            (row.Kind switch { NameKind.Team => names.Teams, NameKind.Instance => names.Instances, _ => names.People })[row.Id] = (row.Name, row.AccountId);
    }

    private enum NameKind
    {
        Team,
        Instance,
        Person,
    }

    /// <summary>The names of these teams, instances and people as one statement (each table read through its own filter).</summary>
    private async Task<List<(NameKind Kind, long Id, string Name, string AccountId)>> NameRowsAsync(
        List<long> teamIds, List<long> instanceIds, List<long> personIds, CancellationToken cancel)
    {
        // Lookups by id: the generic plan is as good, and PostgreSQL would otherwise plan the statement at every call.
        using var generic = db.UseGenericPlans();
        var rows = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).Select(t => new { Kind = NameKind.Team, t.Id, t.Name, t.AccountId })
            .Concat(db.ServiceInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id)).Select(i => new { Kind = NameKind.Instance, i.Id, i.Name, i.AccountId }))
            .Concat(db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { Kind = NameKind.Person, p.Id, p.Name, p.AccountId }))
            .ToListAsync(cancel);
        return rows.Select(r => (r.Kind, r.Id, r.Name, r.AccountId)).ToList();
    }
}
