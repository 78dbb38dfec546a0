using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Trusts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Trusts;

/// <summary>The trusts of the current account (either side), and each one's audit trail.</summary>
public sealed class ListTrusts(TrustdeskDbContext db, Caller caller, TrustJson json, TrustExpiry expiry, References references)
{
    private static readonly ListSpec<Trust> Spec = new ListSpec<Trust>(t => t.CreatedAt, t => t.UpdatedAt)
        .FilterAndSort("id", t => t.Id)
        .Filter("status", t => t.Status)
        .Filter("customer_account_id", t => t.CustomerAccountId)
        .Filter("provider_account_id", t => t.ProviderAccountId)
        .Filter("inviter_account_id", t => t.InviterAccountId)
        .Filter("other_account_id", other => t => t.CustomerAccountId == other || t.ProviderAccountId == other)
        .OrderBy(t => t.Id)
        .Fields<TrustResponse>(TrustJson.CollectionFields);

    // An audit entry is never changed: its creation is its last change.
    private static readonly ListSpec<TrustEvent> AuditSpec = new ListSpec<TrustEvent>(e => e.CreatedAt, e => e.CreatedAt)
        .OrderBy(e => e.Id)
        .Fields<TrustEventResponse>(["action", "account", "person", "options", "created_at"]);

    public async Task<ApiResult> HandleAsync(HttpRequest request, string? status)
    {
        if (!caller.HasAnyRole) return ApiErrors.Forbidden();
        var cancel = request.HttpContext.RequestAborted;
        await expiry.RecordDueAsync(cancel);
        var query = Visible();
        if (status is not null && SnakeCaseEnum<TrustStatus>.TryParse(status, out var wanted)) query = query.Where(t => t.Status == wanted);
        return await Listing.PageAsync(request, query, Spec, trusts => json.RenderAsync(trusts, cancel));
    }

    /// <summary>
    /// Every trust of the current account, oldest first, as the API renders them, with the version each was read at (its
    /// ETag's): the console's trusts page, whose amendment forms change a trust only from the version they showed.
    /// </summary>
    public async Task<IReadOnlyList<(TrustResponse Trust, int Version)>> AllAsync(CancellationToken cancel)
    {
        if (!caller.HasAnyRole) return [];
        await expiry.RecordDueAsync(cancel);
        var trusts = await Visible().OrderBy(t => t.Id).ToListAsync(cancel);
        return trusts.Count == 0 ? [] : (await json.RenderAsync(trusts, cancel)).Zip(trusts, (rendered, t) => (rendered, t.LockVersion)).ToList();
    }

    public async Task<ApiResult> GetAsync(long id, HttpRequest request)
    {
        if (!caller.HasAnyRole) return ApiErrors.NotFound();
        var cancel = request.HttpContext.RequestAborted;
        await expiry.RecordDueAsync(cancel);
        var trust = await Visible().FirstOrDefaultAsync(t => t.Id == id, cancel);
        return trust is null ? ApiErrors.NotFound() : ApiResult.Ok(ApiJson.Node(await json.RenderAsync(trust, cancel))).WithETag(trust.LockVersion);
    }

    public async Task<ApiResult> AuditAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!caller.HasAnyRole || !await Visible().AnyAsync(t => t.Id == id, cancel)) return ApiErrors.NotFound();
        await expiry.RecordDueAsync(cancel);
        var events = db.TrustEvents.AsNoTracking().Where(e => e.TrustId == id);
        return await Listing.PageAsync(request, events, AuditSpec, list => RenderAuditAsync(list, cancel));
    }

    private IQueryable<Trust> Visible() => db.Trusts.AsNoTracking();

    private async Task<IReadOnlyList<TrustEventResponse>> RenderAuditAsync(IReadOnlyList<TrustEvent> events, CancellationToken cancel)
    {
        await references.LoadAccountsAsync(events.Where(e => e.ActingAccountId is not null).Select(e => e.ActingAccountId!), cancel);
        // The acting person may live in the other account; their name is part of the shared audit trail.
        var people = await PeopleNamesAsync(events, cancel);
        return events.Select(e => new TrustEventResponse
        {
            Id = e.Id,
            Action = e.Action,
            Account = e.ActingAccountId is null ? null : references.AccountRef(e.ActingAccountId),
            Person = e.PersonId is long p && people.TryGetValue(p, out var name) ? new RecordRef(p, name) : null,
            Options = e.Options is { } options ? TrustJson.Names(options) : null,
            CreatedAt = e.CreatedAt,
            // An audit entry is never changed.
            UpdatedAt = e.CreatedAt,
        }).ToList();
    }

    private async Task<Dictionary<long, string>> PeopleNamesAsync(IReadOnlyList<TrustEvent> events, CancellationToken cancel)
    {
        var names = new Dictionary<long, string>();
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => events.Select(e => e.ActingAccountId).Contains(a.Id)).ToListAsync(cancel);
        foreach (var account in accounts)
        {
            var ids = events.Where(e => e.ActingAccountId == account.Id && e.PersonId.HasValue).Select(e => e.PersonId!.Value).ToList();
            using (db.Scope.Cross(Crossing.NamesOfReferences, account.Id, account.SharedDirectoryId))
                foreach (var person in await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancel))
                    names[person.Id] = person.Name;
        }
        return names;
    }
}
