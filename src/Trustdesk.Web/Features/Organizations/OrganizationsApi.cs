using Trustdesk.Web.Api.Contracts;

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
        organizations.MapGet("/", (HttpRequest r, ListOrganizations list) => list.HandleAsync(r, null))
            .Lists<OrganizationResponse>("The organizations the account uses: its own and its directory's");
        organizations.MapGet("/enabled", (HttpRequest r, ListOrganizations list) => list.HandleAsync(r, o => !o.Disabled))
            .Lists<OrganizationResponse>("The enabled organizations the account uses");
        organizations.MapGet("/disabled", (HttpRequest r, ListOrganizations list) => list.HandleAsync(r, o => o.Disabled))
            .Lists<OrganizationResponse>("The disabled organizations the account uses");
        organizations.MapGet("/{id:long}", (long id, HttpRequest r, ListOrganizations list) => list.GetAsync(id, r))
            .Reads<OrganizationResponse>("An organization");
        organizations.MapGet("/{id:long}/children", (long id, HttpRequest r, ListOrganizations list) => list.ChildrenAsync(id, r))
            .ListsUnder<OrganizationResponse>("The organizations directly below an organization");
        organizations.MapPost("/", (HttpRequest r, SaveOrganization save) => save.CreateAsync(r))
            .Creates<OrganizationInput, OrganizationResponse>("Register an organization (administrators; its parent is one of the account's own)");
        organizations.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveOrganization save) => save.UpdateAsync(id, r))
            .Updates<OrganizationInput, OrganizationResponse>("Change an organization's fields (administrators; the tree never gets a cycle)");
        return organizations;
    }
}
