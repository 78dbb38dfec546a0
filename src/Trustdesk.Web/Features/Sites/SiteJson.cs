using System.Text.Json.Nodes;
using Trustdesk.Domain.Sites;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Sites;

public sealed class SiteJson(References references)
{
    public static readonly string[] CollectionFields = ["name", "city", "country", "disabled", "account"];
    public static readonly string[] AllFields =
        ["name", "address", "city", "state", "zip", "country", "time_zone", "disabled", "account", "source", "sourceID", "created_at", "updated_at"];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<Site> sites, CancellationToken cancellationToken)
    {
        await references.LoadAccountsAsync(sites.Select(s => s.AccountId), cancellationToken);
        return sites.Select(s =>
        {
            var json = new JsonObject
            {
                ["id"] = s.Id,
                ["name"] = s.Name,
                ["address"] = s.Address,
                ["city"] = s.City,
                ["state"] = s.State,
                ["zip"] = s.Zip,
                ["country"] = s.Country,
                ["time_zone"] = s.TimeZone,
                ["disabled"] = s.Disabled,
                ["source"] = s.Source,
                ["sourceID"] = s.SourceId,
                ["created_at"] = ApiJson.Timestamp(s.CreatedAt),
                ["updated_at"] = ApiJson.Timestamp(s.UpdatedAt),
            };
            if (references.AccountIfForeign(s.AccountId) is { } account) json["account"] = account;
            return json;
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(Site site, CancellationToken cancellationToken) => (await RenderAsync([site], cancellationToken))[0];
}
