using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Permissions;

/// <summary>
/// <c>/v1/people/:id/permissions</c>: the roles a person holds in the current account. Roles in other accounts
/// are that account's business and are not shown here.
/// </summary>
public static class PermissionsApi
{
    public static IServiceCollection AddPermissions(this IServiceCollection services) => services
        .AddScoped<ManagePermissions>()
        .AddScoped<RoleCandidates>();

    public static RouteGroupBuilder MapPermissionsApi(this RouteGroupBuilder v1)
    {
        var permissions = v1.MapGroup("/people/{id:long}/permissions").WithTags("People");
        permissions.MapGet("/", (long id, HttpRequest r, ManagePermissions m) => m.ListAsync(id, r))
            .ListsWhole<PermissionResponse>("The person's roles in the account the call acts in: one entry, or none when they hold no role")
            .Refuses(StatusCodes.Status404NotFound);
        permissions.MapGet("/{accountId}", (long id, string accountId, HttpRequest r, ManagePermissions m) => m.GetAsync(id, accountId, r))
            .Shows<PermissionResponse>("The person's roles in the account the call acts in (404 for any other account, and when they hold none)")
            .Refuses(StatusCodes.Status404NotFound);
        permissions.MapPost("/{accountId}", (long id, string accountId, HttpRequest r, ManagePermissions m) => m.SetAsync(id, accountId, r, replace: false))
            .ActsWithOptionalBody<PermissionInput, PermissionResponse>("Give the person roles in the account the call acts in, besides those they hold "
                + "(administrators; only an owner makes owners); the roles come in the body or as ?roles=a,b");
        permissions.MapMethods("/{accountId}", ["PATCH", "PUT"], (long id, string accountId, HttpRequest r, ManagePermissions m) => m.SetAsync(id, accountId, r, replace: true))
            .ActsWithOptionalBody<PermissionInput, PermissionResponse>("Replace the person's roles in the account the call acts in (administrators; "
                + "only an owner gives or takes the owner role; the account keeps an owner); the roles come in the body or as ?roles=a,b");
        permissions.MapDelete("/{accountId}", (long id, string accountId, HttpRequest r, ManagePermissions m) => m.RemoveAsync(id, accountId, r))
            .Removes("Take all the person's roles in the account the call acts in, and their team memberships with them (administrators; "
                + "the account keeps an owner)")
            .Refuses(StatusCodes.Status422UnprocessableEntity);
        return permissions;
    }
}

public sealed record PermissionInput
{
    /// <summary>Role names, as <c>permission.roles</c> of <c>/v1/enums</c> lists them.</summary>
    public IReadOnlyList<string>? Roles { get; init; }
}

public sealed class ManagePermissions(TrustdeskDbContext db, Caller caller, References references, RoleCandidates candidates)
{
    public async Task<ApiResult> ListAsync(long personId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!caller.HasAnyRole || !await candidates.IsKnownAsync(personId, cancel)) return ApiErrors.NotFound();
        var roles = await RolesAsync(personId, cancel);
        var list = new JsonArray();
        if (roles.Count > 0) list.Add(ApiJson.Node(await RenderAsync(roles, cancel)));
        return ApiResult.Ok(list).WithHeader("X-Pagination-Total-Entries", list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<ApiResult> GetAsync(long personId, string accountId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!caller.HasAnyRole || accountId != caller.AccountId || !await candidates.IsKnownAsync(personId, cancel))
            return ApiErrors.NotFound();
        var roles = await RolesAsync(personId, cancel);
        return roles.Count == 0 ? ApiErrors.NotFound() : ApiResult.Ok(ApiJson.Node(await RenderAsync(roles, cancel)));
    }

    /// <summary>Adds roles (POST) or replaces the set (PATCH); roles come from <c>?roles=a,b</c> or the body.</summary>
    public async Task<ApiResult> SetAsync(long personId, string accountId, HttpRequest request, bool replace)
    {
        var cancel = request.HttpContext.RequestAborted;
        var person = accountId == caller.AccountId ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancel)
            ?? await candidates.FindAsync(personId, cancel) : null;
        if (person is null) return ApiErrors.NotFound();
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();

        IReadOnlyList<string> requested;
        if (request.Query.ContainsKey("roles"))
            requested = request.Query["roles"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        else
        {
            var (body, error) = await JsonBody.ReadAsync<PermissionInput>(request);
            if (body is null) return error!;
            requested = body.Value.Roles ?? [];
        }

        var check = new Validation();
        if (requested.Count == 0) check.Add("roles", "can't be blank");
        foreach (var role in requested.Where(r => !Role.IsKnown(r))) check.Add("roles", $"'{role}' is not a role");
        if (await candidates.FindAsync(personId, cancel) is null)
            check.Add("person", "can't hold roles in this account (own or directory people, or people of an account trusting it with the roles option)");
        if (requested.Contains(Role.AccountOwner) && !caller.IsOwner) check.Add("roles", "only an account owner makes others owner");
        if (!caller.IsOwner && replace && !requested.Contains(Role.AccountOwner) &&
            await db.Permissions.AnyAsync(p => p.PersonId == personId && p.Role == Role.AccountOwner, cancel))
            check.Add("roles", "only an account owner takes the owner role away");
        if (!check.IsValid) return check.Result!;

        var current = await db.Permissions.Where(p => p.PersonId == personId).ToListAsync(cancel);
        var wanted = replace ? requested.ToHashSet() : current.Select(p => p.Role).Concat(requested).ToHashSet();
        if (await WouldLeaveNoOwnerAsync(current, wanted, cancel)) return ApiErrors.Validation("roles", "the account must keep an account owner");

        db.Permissions.RemoveRange(current.Where(p => !wanted.Contains(p.Role)));
        foreach (var role in wanted.Except(current.Select(p => p.Role)))
            db.Permissions.Add(new Permission { PersonId = personId, Role = role });
        await db.SaveChangesAsync(cancel);
        return ApiResult.Ok(ApiJson.Node(await RenderAsync(wanted.Order(StringComparer.Ordinal).ToList(), cancel)));
    }

    public async Task<ApiResult> RemoveAsync(long personId, string accountId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (accountId != caller.AccountId || !await candidates.IsKnownAsync(personId, cancel)) return ApiErrors.NotFound();
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();
        var current = await db.Permissions.Where(p => p.PersonId == personId).ToListAsync(cancel);
        if (current.Count == 0) return ApiErrors.NotFound();
        if (!caller.IsOwner && current.Any(p => p.Role == Role.AccountOwner))
            return ApiErrors.Validation("roles", "only an account owner takes the owner role away");
        if (await WouldLeaveNoOwnerAsync(current, new HashSet<string>(), cancel)) return ApiErrors.Validation("roles", "the account must keep an account owner");
        db.Permissions.RemoveRange(current);
        // Without a role the person can no longer be a member of the account's teams.
        db.TeamMembers.RemoveRange(await db.TeamMembers.Where(m => m.PersonId == personId).ToListAsync(cancel));
        await db.SaveChangesAsync(cancel);
        return ApiResult.NoContent();
    }

    private async Task<bool> WouldLeaveNoOwnerAsync(List<Permission> current, IReadOnlySet<string> wanted, CancellationToken cancel) =>
        current.Any(p => p.Role == Role.AccountOwner) && !wanted.Contains(Role.AccountOwner)
        && !await db.Permissions.AnyAsync(p => p.Role == Role.AccountOwner && p.PersonId != current[0].PersonId, cancel);

    private async Task<List<string>> RolesAsync(long personId, CancellationToken cancel) =>
        await db.Permissions.AsNoTracking().Where(p => p.PersonId == personId).Select(p => p.Role)
            .OrderBy(r => r).ToListAsync(cancel);

    private async Task<PermissionResponse> RenderAsync(IReadOnlyList<string> roles, CancellationToken cancel)
    {
        await references.LoadAccountsAsync([caller.AccountId], cancel);
        return new PermissionResponse { Account = references.AccountRef(caller.AccountId), Roles = roles };
    }
}
