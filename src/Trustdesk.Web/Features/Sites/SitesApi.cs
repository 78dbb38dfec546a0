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
        sites.MapGet("/", (HttpRequest r, ListSites list) => list.HandleAsync(r));
        sites.MapGet("/{id:long}", (long id, HttpRequest r, ListSites list) => list.GetAsync(id, r));
        sites.MapPost("/", (HttpRequest r, SaveSite save) => save.CreateAsync(r));
        sites.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveSite save) => save.UpdateAsync(id, r));
        return sites;
    }
}
