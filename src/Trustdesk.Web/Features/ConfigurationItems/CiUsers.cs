using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.ConfigurationItems;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// <c>/v1/cis/:id/users</c>: the people who use a CI (4me's). Named to whoever sees the CI; set by the CI's account's
/// configuration managers and administrators, to people the account sees (its own and its directory's).
/// </summary>
public sealed class CiUsers(TrustdeskDbContext db, Caller caller, ListCis cis, RecordWrites writes, NamesInAccounts names, References references)
{
    private static readonly ListSpec<CiUser> Spec = ListSpec.Of<CiUser>()
        .FilterAndSort("id", u => u.Id)
        .Filter("person_id", u => u.PersonId)
        .OrderBy(u => u.Id, descending: false)
        .Fields<CiUserResponse>(["name", "account", "created_at"]);

    /// <summary>The users of a CI the caller sees, by name (read in the CI's account), in the order they were added.</summary>
    public async Task<ApiResult> ListAsync(long ciId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (await cis.SeenAsync(ciId, cancel) is not { } ci) return ApiErrors.NotFound();
        return await Listing.PageAsync(request, db.CiUsers.AsNoTracking().Where(u => u.CiId == ciId), Spec, list => RenderAsync(ci, list, cancel));
    }

    /// <summary>The users of a CI one <see cref="ListCis.SeenAsync"/> found, named, in the order they were added.</summary>
    public async Task<IReadOnlyList<CiUserResponse>> OfAsync(Ci seen, CancellationToken cancel) =>
        await RenderAsync(seen, await db.CiUsers.AsNoTracking().Where(u => u.CiId == seen.Id).OrderBy(u => u.Id).ToListAsync(cancel), cancel);

    /// <summary>People named as the CI's account names them: its own or its directory's.</summary>
    private async Task<IReadOnlyList<CiUserResponse>> RenderAsync(Ci ci, IReadOnlyList<CiUser> users, CancellationToken cancel)
    {
        var named = await names.PeopleAsync(users.Select(u => (u.PersonId, ci.AccountId)), cancel);
        await references.LoadAccountsAsync(named.Values.Select(n => n.OwnerAccountId), cancel);
        return users.Select(u =>
        {
            var found = named.TryGetValue((u.PersonId, ci.AccountId), out var person);
            return new CiUserResponse
            {
                Id = u.PersonId,
                Name = found ? person.Name : null,
                Account = references.ForeignAccount(found ? person.OwnerAccountId : ci.AccountId),
                CreatedAt = u.CreatedAt,
                UpdatedAt = u.UpdatedAt,
            };
        }).ToList();
    }

    /// <summary><c>POST /v1/cis/:id/users/:person_id</c>: 200 (also when a user already), 404, 403, or 422 for a person the account does not see.</summary>
    public async Task<ApiResult> AddAsync(long ciId, long personId, CancellationToken cancel)
    {
        if (await cis.SeenAsync(ciId, cancel) is not { } ci) return ApiErrors.NotFound();
        if (ci.AccountId != caller.AccountId || !writes.MayWrite(SaveCi.Definers)) return ApiErrors.Forbidden();
        if (!await db.People.AnyAsync(p => p.Id == personId, cancel)) return ApiErrors.Validation([("person_id", "does not exist")]);
        if (!await db.CiUsers.AnyAsync(u => u.CiId == ciId && u.PersonId == personId, cancel))
        {
            db.CiUsers.Add(new CiUser { CiId = ciId, PersonId = personId });
            await db.SaveChangesAsync(cancel);
        }
        return ApiResult.Ok(new JsonObject());
    }

    /// <summary><c>DELETE /v1/cis/:id/users/:person_id</c>: 204; 404 when the person is not a user of the CI.</summary>
    public async Task<ApiResult> RemoveAsync(long ciId, long personId, CancellationToken cancel)
    {
        if (await cis.SeenAsync(ciId, cancel) is not { } ci) return ApiErrors.NotFound();
        var user = await db.CiUsers.FirstOrDefaultAsync(u => u.CiId == ciId && u.PersonId == personId, cancel);
        if (user is null) return ApiErrors.NotFound();
        if (ci.AccountId != caller.AccountId || !writes.MayWrite(SaveCi.Definers)) return ApiErrors.Forbidden();
        db.CiUsers.Remove(user);
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }
}
