using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.Contracts;

/// <summary><c>/v1/contracts</c>: the account's contracts with its suppliers, their audit trail and the CIs they cover (ADR 52).</summary>
public static class ContractsApi
{
    public static IServiceCollection AddContracts(this IServiceCollection services) => services
        .AddScoped<ContractJson>()
        .AddScoped<ListContracts>()
        .AddScoped<SaveContract>()
        .AddScoped<ContractCis>();

    public static RouteGroupBuilder MapContractsApi(this RouteGroupBuilder v1)
    {
        var contracts = v1.MapGroup("/contracts").WithTags("Contracts");
        contracts.MapGet("/", (HttpRequest r, ListContracts list) => list.ListAsync(r, null))
            .Lists<ContractResponse>("The account's contracts (people with a role there)");
        contracts.MapGet("/active", (HttpRequest r, ListContracts list) => list.ListAsync(r, "active"))
            .Lists<ContractResponse>("The account's active contracts");
        contracts.MapGet("/expired", (HttpRequest r, ListContracts list) => list.ListAsync(r, "expired"))
            .Lists<ContractResponse>("The account's expired contracts");
        contracts.MapGet($"/{ListContracts.NoticeSoon}", (HttpRequest r, ListContracts list) => list.ListAsync(r, ListContracts.NoticeSoon))
            .Lists<ContractResponse>("The account's contracts not expired whose notice date is today or within the next 90 days (UTC), the nearest first");
        contracts.MapGet("/{id:long}", (long id, HttpRequest r, ListContracts list) => list.GetAsync(id, r))
            .Reads<ContractResponse>("A contract of the account (no other account sees it)");
        contracts.MapPost("/", (HttpRequest r, SaveContract save) => save.CreateAsync(r))
            .Creates<ContractInput, ContractResponse>("Register a contract with a supplier (administrators, configuration and service level managers)");
        contracts.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveContract save) => save.UpdateAsync(id, r))
            .Updates<ContractInput, ContractResponse>("Change a contract of the account (administrators, configuration and service level managers)");
        contracts.MapGet("/{id:long}/audit", (long id, HttpRequest r, ListContracts list) => list.AuditAsync(id, r))
            .ListsUnder<AuditEntryResponse>("A contract's audit trail, oldest first");
        contracts.MapGet("/{id:long}/cis", (long id, HttpRequest r, ContractCis cis) => cis.ListAsync(id, r))
            .ListsUnder<CoveredCiResponse>("The CIs of the account a contract covers");
        contracts.MapPost("/{id:long}/cis/{ciId:long}", (long id, long ciId, HttpRequest r, ContractCis cis) =>
                cis.AddAsync(id, ciId, r.HttpContext.RequestAborted))
            .Acts<EmptyResponse>("Cover a CI of the account by a contract of the account (administrators, configuration and service level managers; 200 also when covered already)")
            .Refuses(StatusCodes.Status422UnprocessableEntity);
        contracts.MapDelete("/{id:long}/cis/{ciId:long}", (long id, long ciId, HttpRequest r, ContractCis cis) =>
                cis.RemoveAsync(id, ciId, r.HttpContext.RequestAborted))
            .Removes("Stop covering a CI by a contract of the account (administrators, configuration and service level managers)");
        return contracts;
    }
}
