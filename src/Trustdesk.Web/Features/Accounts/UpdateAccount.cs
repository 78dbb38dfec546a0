using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Accounts;

/// <summary>
/// Renames, re-zones, names the service desk team of, or disables an account: the operator any, an account owner their
/// own (not disabling).
/// </summary>
public sealed class UpdateAccount(TrustdeskDbContext db, Caller caller, AccountJson json, TimeProvider time)
{
    public async Task<ApiResult> HandleAsync(string id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var mayEdit = caller.IsOperator || (caller.IsOwner && caller.AccountId == id);
        var account = mayEdit ? await db.Accounts.FindAsync([id], cancel) : null;
        if (account is null) return ApiErrors.NotFound();

        var (body, error) = await JsonBody.ReadAsync<AccountInput>(request);
        if (body is null) return error!;
        var input = body.Value;
        var check = new Validation();
        if (body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        if (body.Has("time_zone")) check.Required("time_zone", input.TimeZone).TimeZone("time_zone", input.TimeZone);
        // The id is the path's (JsonBody takes it repeated, and refuses another).
        foreach (var fixedField in new[] { "kind", "directory_account_id", "owner" })
            if (body.Has(fixedField)) check.Add(fixedField, "can't be changed");
        if (body.Has("disabled") && !caller.IsOperator) check.Add("disabled", "only the platform operator disables accounts");
        if (!check.IsValid) return check.Result!;
        if (body.Has("service_desk_team_id") && input.ServiceDeskTeamId is long teamId)
        {
            // Read in the account's own scope (the operator acts in none).
            var desk = await ServiceDeskCandidateAsync(account, teamId, cancel);
            if (desk is null) check.Add("service_desk_team_id", "is not an enabled team of this account");
            else json.KnowServiceDesk(account.Id, desk);
        }
        if (!check.IsValid) return check.Result!;

        if (body.Has("name")) account.Name = input.Name!.Trim();
        if (body.Has("time_zone")) account.TimeZone = input.TimeZone!;
        if (body.Has("disabled")) account.Disabled = input.Disabled ?? false;
        if (body.Has("service_desk_team_id")) account.ServiceDeskTeamId = input.ServiceDeskTeamId;
        account.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancel);
        return ApiResult.Ok(ApiJson.Node(await json.RenderAsync(account, cancel)));
    }

    /// <summary>The name of the team that may become the account's service desk: one of its own, enabled.</summary>
    private async Task<string?> ServiceDeskCandidateAsync(Account account, long teamId, CancellationToken cancel)
    {
        using (db.Scope.Cross(Crossing.AccountAdministration, account.Id, account.SharedDirectoryId))
            return await db.Teams.AsNoTracking().Where(t => t.Id == teamId && !t.Disabled).Select(t => t.Name).FirstOrDefaultAsync(cancel);
    }
}
