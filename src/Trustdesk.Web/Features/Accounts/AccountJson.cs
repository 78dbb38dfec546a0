using System.Text.Json.Nodes;
using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Accounts;

public sealed class AccountJson(References references)
{
    public static readonly string[] CollectionFields = ["name", "kind", "directory_account", "disabled"];
    public static readonly string[] AllFields = ["name", "kind", "directory", "directory_account", "time_zone", "disabled", "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Account> accounts, CancellationToken cancellationToken)
    {
        await references.LoadAccountsAsync(accounts.Where(a => a.DirectoryAccountId is not null).Select(a => a.DirectoryAccountId!), cancellationToken);
        return accounts.Select(a => new JsonObject
        {
            ["id"] = a.Id,
            ["name"] = a.Name,
            ["kind"] = a.Kind == AccountKind.Directory ? "directory" : "support_domain",
            ["directory"] = a.Kind == AccountKind.Directory,
            ["directory_account"] = a.DirectoryAccountId is null ? null : references.Account(a.DirectoryAccountId),
            ["time_zone"] = a.TimeZone,
            ["disabled"] = a.Disabled,
            ["created_at"] = ApiJson.Timestamp(a.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(a.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Account account, CancellationToken cancellationToken) =>
        (await RenderAsync([account], cancellationToken))[0];
}
