using Trustdesk.Domain.Sites;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Sites;

/// <summary>Renders sites as <see cref="SiteResponse"/>, their accounts named.</summary>
public sealed class SiteJson(References references)
{
    public static readonly string[] CollectionFields = ["name", "city", "country", "disabled", "account"];

    public async Task<IReadOnlyList<SiteResponse>> RenderAsync(IReadOnlyList<Site> sites, CancellationToken cancellationToken)
    {
        await references.LoadAccountsAsync(sites.Select(s => s.AccountId), cancellationToken);
        return sites.Select(s => new SiteResponse
        {
            Id = s.Id,
            Name = s.Name,
            Address = s.Address,
            City = s.City,
            State = s.State,
            Zip = s.Zip,
            Country = s.Country,
            TimeZone = s.TimeZone,
            Disabled = s.Disabled,
            Source = s.Source,
            SourceId = s.SourceId,
            CreatedAt = s.CreatedAt,
            UpdatedAt = s.UpdatedAt,
            Account = references.ForeignAccount(s.AccountId),
        }).ToList();
    }

    public async Task<SiteResponse> RenderAsync(Site site, CancellationToken cancellationToken) => (await RenderAsync([site], cancellationToken))[0];
}
