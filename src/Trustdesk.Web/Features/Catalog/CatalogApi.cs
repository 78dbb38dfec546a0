using Trustdesk.Domain.Catalog;

namespace Trustdesk.Web.Features.Catalog;

/// <summary>The service catalog: services, service instances, service offerings and SLAs with their coverage.</summary>
public static class CatalogApi
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services
        .AddScoped<CustomerSides>()
        .AddScoped<ServiceJson>()
        .AddScoped<ListServices>()
        .AddScoped<SaveService>()
        .AddScoped<ServiceInstanceJson>()
        .AddScoped<ListServiceInstances>()
        .AddScoped<SaveServiceInstance>()
        .AddScoped<ServiceOfferingJson>()
        .AddScoped<ListServiceOfferings>()
        .AddScoped<SaveServiceOffering>()
        .AddScoped<SlaJson>()
        .AddScoped<ListSlas>()
        .AddScoped<SaveSla>()
        .AddScoped<SlaCoverageRelations>();

    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder v1)
    {
        var services = v1.MapGroup("/services").WithTags("Services");
        services.MapGet("/", (HttpRequest r, ListServices list) => list.HandleAsync(r));
        services.MapGet("/{id:long}", (long id, HttpRequest r, ListServices list) => list.GetAsync(id, r));
        services.MapPost("/", (HttpRequest r, SaveService save) => save.CreateAsync(r));
        services.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveService save) => save.UpdateAsync(id, r));
        services.MapGet("/{id:long}/service_instances", (long id, HttpRequest r, ListServiceInstances list) => list.OfServiceAsync(id, r));
        services.MapGet("/{id:long}/service_offerings", (long id, HttpRequest r, ListServiceOfferings list) => list.OfServiceAsync(id, r));
        services.MapGet("/{id:long}/slas", (long id, HttpRequest r, ListSlas list) => list.OfServiceAsync(id, r));

        var instances = v1.MapGroup("/service_instances").WithTags("Service instances");
        instances.MapGet("/", (HttpRequest r, ListServiceInstances list) => list.HandleAsync(r));
        instances.MapGet("/{id:long}", (long id, HttpRequest r, ListServiceInstances list) => list.GetAsync(id, r));
        instances.MapPost("/", (HttpRequest r, SaveServiceInstance save) => save.CreateAsync(r));
        instances.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveServiceInstance save) => save.UpdateAsync(id, r));
        instances.MapGet("/{id:long}/slas", (long id, HttpRequest r, ListSlas list) => list.OfServiceInstanceAsync(id, r));

        var offerings = v1.MapGroup("/service_offerings").WithTags("Service offerings");
        offerings.MapGet("/", (HttpRequest r, ListServiceOfferings list) => list.HandleAsync(r, null));
        offerings.MapGet("/catalog", (HttpRequest r, ListServiceOfferings list) => list.HandleAsync(r, ListServiceOfferings.Catalog));
        offerings.MapGet("/{id:long}", (long id, HttpRequest r, ListServiceOfferings list) => list.GetAsync(id, r));
        offerings.MapPost("/", (HttpRequest r, SaveServiceOffering save) => save.CreateAsync(r));
        offerings.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveServiceOffering save) => save.UpdateAsync(id, r));
        offerings.MapGet("/{id:long}/slas", (long id, HttpRequest r, ListSlas list) => list.OfServiceOfferingAsync(id, r));

        var slas = v1.MapGroup("/slas").WithTags("SLAs");
        slas.MapGet("/", (HttpRequest r, ListSlas list) => list.HandleAsync(r));
        slas.MapGet("/{id:long}", (long id, HttpRequest r, ListSlas list) => list.GetAsync(id, r));
        slas.MapPost("/", (HttpRequest r, SaveSla save) => save.CreateAsync(r));
        slas.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveSla save) => save.UpdateAsync(id, r));
        slas.MapGet("/{id:long}/people", (long id, HttpRequest r, SlaCoverageRelations c) => c.ListPeopleAsync(id, r));
        slas.MapPost("/{id:long}/people/{personId:long}", (long id, long personId, HttpRequest r, SlaCoverageRelations c) => c.AddPersonAsync(id, personId, r));
        slas.MapDelete("/{id:long}/people/{personId:long}", (long id, long personId, HttpRequest r, SlaCoverageRelations c) =>
            c.RemoveAsync(id, SlaCoverageKind.Person, personId, r));
        slas.MapGet("/{id:long}/organizations", (long id, HttpRequest r, SlaCoverageRelations c) => c.ListOrganizationsAsync(id, r));
        slas.MapPost("/{id:long}/organizations/{organizationId:long}", (long id, long organizationId, HttpRequest r, SlaCoverageRelations c) =>
            c.AddOrganizationAsync(id, organizationId, r));
        slas.MapDelete("/{id:long}/organizations/{organizationId:long}", (long id, long organizationId, HttpRequest r, SlaCoverageRelations c) =>
            c.RemoveAsync(id, SlaCoverageKind.Organization, organizationId, r));
        slas.MapGet("/{id:long}/sites", (long id, HttpRequest r, SlaCoverageRelations c) => c.ListSitesAsync(id, r));
        slas.MapPost("/{id:long}/sites/{siteId:long}", (long id, long siteId, HttpRequest r, SlaCoverageRelations c) => c.AddSiteAsync(id, siteId, r));
        slas.MapDelete("/{id:long}/sites/{siteId:long}", (long id, long siteId, HttpRequest r, SlaCoverageRelations c) =>
            c.RemoveAsync(id, SlaCoverageKind.Site, siteId, r));
        return v1;
    }
}
