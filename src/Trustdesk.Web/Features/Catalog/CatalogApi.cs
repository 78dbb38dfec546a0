using Trustdesk.Domain.Catalog;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Organizations;
using Trustdesk.Web.Features.People;
using Trustdesk.Web.Features.Sites;

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
        services.MapGet("/", (HttpRequest r, ListServices list) => list.HandleAsync(r))
            .Lists<ServiceResponse>("The services the account provides");
        services.MapGet("/{id:long}", (long id, HttpRequest r, ListServices list) => list.GetAsync(id, r))
            .Reads<ServiceResponse>("A service");
        services.MapPost("/", (HttpRequest r, SaveService save) => save.CreateAsync(r))
            .Creates<ServiceInput, ServiceResponse>("Register a service (administrators)");
        services.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveService save) => save.UpdateAsync(id, r))
            .Updates<ServiceInput, ServiceResponse>("Change a service's fields (administrators)");
        services.MapGet("/{id:long}/service_instances", (long id, HttpRequest r, ListServiceInstances list) => list.OfServiceAsync(id, r))
            .ListsUnder<ServiceInstanceResponse>("The instances of a service");
        services.MapGet("/{id:long}/service_offerings", (long id, HttpRequest r, ListServiceOfferings list) => list.OfServiceAsync(id, r))
            .ListsUnder<ServiceOfferingResponse>("The offerings of a service: the terms it is offered on");
        services.MapGet("/{id:long}/slas", (long id, HttpRequest r, ListSlas list) => list.OfServiceAsync(id, r))
            .ListsUnder<SlaResponse>("The SLAs on a service's offerings");

        var instances = v1.MapGroup("/service_instances").WithTags("Service instances");
        instances.MapGet("/", (HttpRequest r, ListServiceInstances list) => list.HandleAsync(r))
            .Lists<ServiceInstanceResponse>("The service instances of the account");
        instances.MapGet("/{id:long}", (long id, HttpRequest r, ListServiceInstances list) => list.GetAsync(id, r))
            .Reads<ServiceInstanceResponse>("A service instance");
        instances.MapPost("/", (HttpRequest r, SaveServiceInstance save) => save.CreateAsync(r))
            .Creates<ServiceInstanceInput, ServiceInstanceResponse>("Register a service instance (administrators)");
        instances.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveServiceInstance save) => save.UpdateAsync(id, r))
            .Updates<ServiceInstanceInput, ServiceInstanceResponse>("Change a service instance's fields (administrators)");
        instances.MapGet("/{id:long}/slas", (long id, HttpRequest r, ListSlas list) => list.OfServiceInstanceAsync(id, r))
            .ListsUnder<SlaResponse>("The SLAs served through a service instance");

        var offerings = v1.MapGroup("/service_offerings").WithTags("Service offerings");
        offerings.MapGet("/", (HttpRequest r, ListServiceOfferings list) => list.HandleAsync(r, null))
            .Lists<ServiceOfferingResponse>("The service offerings of the account");
        offerings.MapGet("/catalog", (HttpRequest r, ListServiceOfferings list) => list.HandleAsync(r, ListServiceOfferings.Catalog))
            .Lists<ServiceOfferingResponse>("The service catalog: the account's offerings that are available now");
        offerings.MapGet("/{id:long}", (long id, HttpRequest r, ListServiceOfferings list) => list.GetAsync(id, r))
            .Reads<ServiceOfferingResponse>("A service offering, with its targets and support hours");
        offerings.MapPost("/", (HttpRequest r, SaveServiceOffering save) => save.CreateAsync(r))
            .Creates<ServiceOfferingInput, ServiceOfferingResponse>("Register a service offering (administrators and service level managers)");
        offerings.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveServiceOffering save) => save.UpdateAsync(id, r))
            .Updates<ServiceOfferingInput, ServiceOfferingResponse>("Change a service offering's fields (administrators and service level managers)");
        offerings.MapGet("/{id:long}/slas", (long id, HttpRequest r, ListSlas list) => list.OfServiceOfferingAsync(id, r))
            .ListsUnder<SlaResponse>("The SLAs agreed on a service offering");

        var slas = v1.MapGroup("/slas").WithTags("SLAs");
        slas.MapGet("/", (HttpRequest r, ListSlas list) => list.HandleAsync(r))
            .Lists<SlaResponse>("The SLAs the account provides to its customers");
        slas.MapGet("/{id:long}", (long id, HttpRequest r, ListSlas list) => list.GetAsync(id, r))
            .Reads<SlaResponse>("An SLA");
        slas.MapPost("/", (HttpRequest r, SaveSla save) => save.CreateAsync(r))
            .Creates<SlaInput, SlaResponse>("Register an SLA for a customer (administrators and service level managers; "
                + "for an organization of another account, an accepted services trust from that account)");
        slas.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveSla save) => save.UpdateAsync(id, r))
            .Updates<SlaInput, SlaResponse>("Change an SLA's fields (administrators and service level managers)");

        // What the SLA's coverage names, read in the customer's accounts, answered as the directory answers them.
        slas.MapGet("/{id:long}/people", (long id, HttpRequest r, SlaCoverageRelations c) => c.ListPeopleAsync(id, r))
            .ListsUnder<PersonResponse>("The people an SLA's coverage names (none while the customer's trust is not accepted)");
        slas.MapPost("/{id:long}/people/{personId:long}", (long id, long personId, HttpRequest r, SlaCoverageRelations c) => c.AddPersonAsync(id, personId, r))
            .Acts<EmptyResponse>("Add a person of the SLA's customer to its coverage (administrators and service level managers)")
            .Refuses(StatusCodes.Status422UnprocessableEntity);
        slas.MapDelete("/{id:long}/people/{personId:long}", (long id, long personId, HttpRequest r, SlaCoverageRelations c) =>
            c.RemoveAsync(id, SlaCoverageKind.Person, personId, r))
            .Removes("Take a person out of an SLA's coverage (administrators and service level managers)");
        slas.MapGet("/{id:long}/organizations", (long id, HttpRequest r, SlaCoverageRelations c) => c.ListOrganizationsAsync(id, r))
            .ListsUnder<OrganizationResponse>("The organizations an SLA's coverage names (none while the customer's trust is not accepted)");
        slas.MapPost("/{id:long}/organizations/{organizationId:long}", (long id, long organizationId, HttpRequest r, SlaCoverageRelations c) =>
            c.AddOrganizationAsync(id, organizationId, r))
            .Acts<EmptyResponse>("Add an organization of the SLA's customer to its coverage (administrators and service level managers)")
            .Refuses(StatusCodes.Status422UnprocessableEntity);
        slas.MapDelete("/{id:long}/organizations/{organizationId:long}", (long id, long organizationId, HttpRequest r, SlaCoverageRelations c) =>
            c.RemoveAsync(id, SlaCoverageKind.Organization, organizationId, r))
            .Removes("Take an organization out of an SLA's coverage (administrators and service level managers)");
        slas.MapGet("/{id:long}/sites", (long id, HttpRequest r, SlaCoverageRelations c) => c.ListSitesAsync(id, r))
            .ListsUnder<SiteResponse>("The sites an SLA's coverage names (none while the customer's trust is not accepted)");
        slas.MapPost("/{id:long}/sites/{siteId:long}", (long id, long siteId, HttpRequest r, SlaCoverageRelations c) => c.AddSiteAsync(id, siteId, r))
            .Acts<EmptyResponse>("Add a site of the SLA's customer to its coverage (administrators and service level managers)")
            .Refuses(StatusCodes.Status422UnprocessableEntity);
        slas.MapDelete("/{id:long}/sites/{siteId:long}", (long id, long siteId, HttpRequest r, SlaCoverageRelations c) =>
            c.RemoveAsync(id, SlaCoverageKind.Site, siteId, r))
            .Removes("Take a site out of an SLA's coverage (administrators and service level managers)");
        return v1;
    }
}
