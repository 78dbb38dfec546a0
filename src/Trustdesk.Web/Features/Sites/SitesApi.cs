using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Sites;

public static class SitesApi
{
    public static IServiceCollection AddSites(this IServiceCollection services) => services
        .AddScoped<SiteJson>()
        .AddScoped<ListSites>()
        .AddScoped<SaveSite>();

    public static RouteGroupBuilder MapSitesApi(this RouteGroupBuilder v1)
    {
        var sites = v1.MapGroup("/sites").WithTags("Sites");
        sites.MapGet("/", (HttpRequest r, ListSites list) => list.HandleAsync(r))
            .Lists<SiteResponse>("The sites the account uses: its own and its directory's");
        sites.MapGet("/{id:long}", (long id, HttpRequest r, ListSites list) => list.GetAsync(id, r))
            .Reads<SiteResponse>("A site");
        sites.MapPost("/", (HttpRequest r, SaveSite save) => save.CreateAsync(r))
            .Creates<SiteInput, SiteResponse>("Create a site (administrators)");
        sites.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveSite save) => save.UpdateAsync(id, r))
            .Updates<SiteInput, SiteResponse>("Change a site's fields (administrators; a site of the directory is changed in the directory account)");
        return sites;
    }
}
