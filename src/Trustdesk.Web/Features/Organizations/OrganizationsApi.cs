namespace Trustdesk.Web.Features.Organizations;

public static class OrganizationsApi
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services) => services
        .AddScoped<OrganizationJson>()
        .AddScoped<ListOrganizations>()
        .AddScoped<SaveOrganization>();

    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder v1)
    {
        var organizations = v1.MapGroup("/organizations").WithTags("Organizations");
        organizations.MapGet("/", (HttpRequest r, ListOrganizations list) => list.HandleAsync(r, null));
        organizations.MapGet("/enabled", (HttpRequest r, ListOrganizations list) => list.HandleAsync(r, o => !o.Disabled));
        organizations.MapGet("/disabled", (HttpRequest r, ListOrganizations list) => list.HandleAsync(r, o => o.Disabled));
        organizations.MapGet("/{id:long}", (long id, HttpRequest r, ListOrganizations list) => list.GetAsync(id, r));
        organizations.MapGet("/{id:long}/children", (long id, HttpRequest r, ListOrganizations list) => list.ChildrenAsync(id, r));
        organizations.MapPost("/", (HttpRequest r, SaveOrganization save) => save.CreateAsync(r));
        organizations.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveOrganization save) => save.UpdateAsync(id, r));
        return organizations;
    }
}
