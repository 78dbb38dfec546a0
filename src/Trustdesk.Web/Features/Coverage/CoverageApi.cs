using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Coverage;

/// <summary><c>/v1/people/:id/service_instance_coverages</c>: a person's self-service catalog across every account.</summary>
public static class CoverageApi
{
    public static IServiceCollection AddCoverage(this IServiceCollection services) => services
        .AddScoped<OrganizationLine>()
        .AddScoped<CoverageSubjects>()
        .AddScoped<ListCoveredServiceInstances>();

    public static RouteGroupBuilder MapCoverageApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/people/{id:long}/service_instance_coverages",
            (long id, HttpRequest r, ListCoveredServiceInstances list) => list.HandleAsync(id, r)).WithTags("People")
            .ListsUnder<CoveredServiceInstanceResponse>(
                "A person's self-service catalog across every account: the service instances in production an active SLA covers them for");
        return v1;
    }
}
