using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.People;

namespace Trustdesk.Web.Features.Me;

/// <summary><c>GET /v1/me</c>: the person the token belongs to, as seen from their own account.</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/me", GetAsync).WithTags("People")
            .Shows<PersonResponse>("The person the token belongs to, as their own account keeps them; account always names that account")
            .Refuses(StatusCodes.Status404NotFound);
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
            // Named even when it is the account the call acts in (where a person's answer leaves it out).
            return ApiResult.Ok(ApiJson.Node(rendered with { Account = references.AccountRef(caller.PersonAccountId) }));
        }
    }
}
