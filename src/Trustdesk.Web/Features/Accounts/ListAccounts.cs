using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.Accounts;

/// <summary>
/// The operator lists every account. A person sees the account they act in and the accounts sharing its
/// directory in which they hold a role; nothing else of the platform's tenant list.
/// </summary>
public sealed class ListAccounts(TrustdeskDbContext db, Caller caller, AccountJson json)
{
    private static readonly ListSpec<Account> Spec = new ListSpec<Account>(a => a.CreatedAt, a => a.UpdatedAt)
        .FilterAndSort("id", a => a.Id)
        .FilterAndSort("name", a => a.Name)
        .Filter("directory_account_id", a => a.DirectoryAccountId)
        .Filter("disabled", a => a.Disabled)
        .OrderBy(a => a.Id)
        .Fields(AccountJson.CollectionFields, AccountJson.AllFields);

    public async Task<ApiResult> CurrentAsync(HttpRequest request) =>
        ApiResult.Ok(ApiJson.Node(await json.RenderAsync(caller.Account, request.HttpContext.RequestAborted)));

    public async Task<ApiResult> HandleAsync(HttpRequest request) =>
        await Listing.PageAsync(request, Visible(), Spec, accounts => json.RenderAsync(accounts, request.HttpContext.RequestAborted));

    public async Task<ApiResult> GetAsync(string id, HttpRequest request)
    {
        var account = await Visible().FirstOrDefaultAsync(a => a.Id == id, request.HttpContext.RequestAborted);
        return account is null ? ApiErrors.NotFound() : ApiResult.Ok(ApiJson.Node(await json.RenderAsync(account, request.HttpContext.RequestAborted)));
    }

    private IQueryable<Account> Visible()
    {
        var accounts = db.Accounts.AsNoTracking();
        if (caller.IsOperator) return accounts;
        // Only the caller's own account: role lookups elsewhere would need the scope of each account.
        return accounts.Where(a => a.Id == caller.AccountId);
    }
}
