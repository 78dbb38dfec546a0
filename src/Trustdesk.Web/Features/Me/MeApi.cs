using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.People;

namespace Trustdesk.Web.Features.Me;

/// <summary><c>GET /v1/me</c>: the person the token belongs to, as seen from their own account.</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/me", GetAsync).WithTags("People");
        return v1;
    }

    private static async Task<ApiResult> GetAsync(HttpRequest request, TrustdeskDbContext db, Caller caller, PersonJson json, References references)
    {
        var cancel = request.HttpContext.RequestAborted;
        // The person is read in their own account, which may differ from the account the call acts in.
        using (db.Scope.EnterHomeOf(caller))
        {
            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == caller.PersonId, cancel);
            if (person is null) return ApiErrors.NotFound();
            var rendered = await json.RenderAsync(person, cancel);
            await references.LoadAccountsAsync([caller.PersonAccountId], cancel);
            rendered["account"] = references.Account(caller.PersonAccountId);
            return ApiResult.Ok(rendered);
        }
    }
}
