using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Access;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

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
        permissions.MapGet("/", (long id, HttpRequest r, ManagePermissions m) => m.ListAsync(id, r));
        permissions.MapGet("/{accountId}", (long id, string accountId, HttpRequest r, ManagePermissions m) => m.GetAsync(id, accountId, r));
        permissions.MapPost("/{accountId}", (long id, string accountId, HttpRequest r, ManagePermissions m) => m.SetAsync(id, accountId, r, replace: false));
        permissions.MapMethods("/{accountId}", ["PATCH", "PUT"], (long id, string accountId, HttpRequest r, ManagePermissions m) => m.SetAsync(id, accountId, r, replace: true));
        permissions.MapDelete("/{accountId}", (long id, string accountId, HttpRequest r, ManagePermissions m) => m.RemoveAsync(id, accountId, r));
        return permissions;
    }
}

public sealed record PermissionInput
{
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
        if (roles.Count > 0) list.Add(await RenderAsync(roles, cancel));
        return ApiResult.Ok(list).WithHeader("X-Pagination-Total-Entries", list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<ApiResult> GetAsync(long personId, string accountId, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        if (!caller.HasAnyRole || accountId != caller.AccountId || !await candidates.IsKnownAsync(personId, cancel))
            return ApiErrors.NotFound();
        var roles = await RolesAsync(personId, cancel);
        return roles.Count == 0 ? ApiErrors.NotFound() : ApiResult.Ok(await RenderAsync(roles, cancel));
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
        return ApiResult.Ok(await RenderAsync(wanted.Order(StringComparer.Ordinal).ToList(), cancel));
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

    private async Task<JsonObject> RenderAsync(IReadOnlyList<string> roles, CancellationToken cancel)
    {
        await references.LoadAccountsAsync([caller.AccountId], cancel);
        var list = new JsonArray();
        foreach (var role in roles) list.Add(role);
        return new JsonObject { ["account"] = references.Account(caller.AccountId), ["roles"] = list };
    }
}
