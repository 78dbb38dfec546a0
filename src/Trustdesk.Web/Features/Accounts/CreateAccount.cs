using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.People;
using Trustdesk.Domain.Teams;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.AccessTokens;

namespace Trustdesk.Web.Features.Accounts;

/// <summary>
/// Creates an account: rows only, no schema or file per account, so it takes milliseconds. The operator creates
/// any account together with its first owner (whose token is returned once); an account owner creates support
/// domains linked to the same directory and becomes their owner. The first owner's roles are
/// <see cref="Role.OfFirstOwner"/>'s (ADR 30); a support domain starts with a service desk team (ADR 32).
/// </summary>
public sealed class CreateAccount(TrustdeskDbContext db, Caller caller, AccountJson json, TimeProvider time)
{
    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        if (!caller.IsOperator && !caller.IsOwner) return ApiErrors.Forbidden();
        var cancel = request.HttpContext.RequestAborted;
        var (body, error) = await JsonBody.ReadAsync<AccountInput>(request);
        if (body is null) return error!;
        var input = body.Value;

        var check = new Validation();
        if (!AccountSlug.IsValid(input.Id)) check.Add("id", "must be 2 to 63 lower-case letters, digits or dashes, starting with a letter or digit");
        check.Text("name", input.Name, Limits.Name, required: true)
            .OneOf("kind", input.Kind, ["directory", "support_domain"])
            .TimeZone("time_zone", input.TimeZone);
        if (body.Has("disabled")) check.Add("disabled", "can only be changed on an existing account");

        var kind = input.Kind == "directory" ? AccountKind.Directory : AccountKind.SupportDomain;
        var directoryId = caller.IsOperator ? input.DirectoryAccountId : caller.Account.SharedDirectoryId;
        if (!caller.IsOperator)
        {
            if (kind == AccountKind.Directory) check.Add("kind", "only the platform operator creates directory accounts");
            if (body.Has("owner")) check.Add("owner", "is the caller when an account owner creates a support domain");
            if (body.Has("directory_account_id") && input.DirectoryAccountId != directoryId)
                check.Add("directory_account_id", "must be the directory account of the current account");
            if (caller.Account.Kind == AccountKind.SupportDomain && caller.Account.DirectoryAccountId is null)
                check.Add("directory_account_id", "the current account is linked to no directory account");
            else if (caller.PersonAccountId != directoryId)
                check.Add("owner", "must be a person of the directory account to own a linked support domain");
        }
        else
        {
            if (kind == AccountKind.Directory && input.DirectoryAccountId is not null)
                check.Add("directory_account_id", "a directory account is linked to no other directory");
            check.Text("owner.name", input.Owner?.Name, Limits.Name, required: true)
                .Text("owner.primary_email", input.Owner?.PrimaryEmail, Limits.Email, required: true)
                .Email("owner.primary_email", input.Owner?.PrimaryEmail);
        }
        if (!check.IsValid) return check.Result!;

        if (await db.Accounts.AnyAsync(a => a.Id == input.Id, cancel)) check.Add("id", "has already been taken");
        if (directoryId is not null && !await db.Accounts.AnyAsync(a => a.Id == directoryId && a.Kind == AccountKind.Directory, cancel))
            check.Add("directory_account_id", "is not a directory account");
        if (!check.IsValid) return check.Result!;

        var account = new Account
        {
            Id = input.Id!,
            Name = input.Name!.Trim(),
            Kind = kind,
            DirectoryAccountId = kind == AccountKind.SupportDomain ? directoryId : null,
            TimeZone = input.TimeZone ?? "UTC",
        };
        var now = time.GetUtcNow().UtcDateTime;
        account.CreatedAt = account.UpdatedAt = now;
        db.Accounts.Add(account);

        var ownerRoles = Role.OfFirstOwner(kind == AccountKind.SupportDomain);
        // The answer says what the owner can do from the start (their roles), so nobody has to find out by a list that stays empty.
        AccountOwnerResponse owner;
        using (db.Scope.Cross(Crossing.AccountAdministration, account.Id, account.SharedDirectoryId))
        {
            if (caller.IsOperator)
            {
                var person = new Person { Name = input.Owner!.Name!.Trim() };
                person.SetPrimaryEmail(input.Owner.PrimaryEmail!);
                db.People.Add(person);
                await db.SaveChangesAsync(cancel);
                var (token, secret) = TokenIssuer.Issue(account.Id, person.Id, "Owner's first token", now + TokenIssuer.DefaultLifetime);
                db.AccessTokens.Add(token);
                owner = new AccountOwnerResponse { Id = person.Id, Name = person.Name, Token = secret, Roles = ownerRoles };
            }
            else owner = new AccountOwnerResponse { Id = caller.PersonId, Name = caller.PersonName, Roles = ownerRoles };
            foreach (var role in ownerRoles) db.Permissions.Add(new Permission { PersonId = owner.Id, Role = role });
            if (kind == AccountKind.SupportDomain) await AddServiceDeskAsync(account, owner.Id, cancel);
            await db.SaveChangesAsync(cancel);
        }

        var rendered = await json.RenderAsync(account, cancel) with { Owner = owner };
        return ApiResult.Created(ApiJson.Node(rendered));
    }

    /// <summary>
    /// A support domain starts with its service desk team, its owner a member: a request without a team has somewhere
    /// to go from the first minute (ADR 32). The team is saved before the account names it.
    /// </summary>
    private async Task AddServiceDeskAsync(Account account, long ownerId, CancellationToken cancel)
    {
        var desk = new Team { Name = ServiceDeskName };
        db.Teams.Add(desk);
        await db.SaveChangesAsync(cancel);
        db.TeamMembers.Add(new TeamMember { TeamId = desk.Id, PersonId = ownerId });
        account.ServiceDeskTeamId = desk.Id;
        json.KnowServiceDesk(account.Id, desk.Name);
    }

    public const string ServiceDeskName = "Service desk";
}
