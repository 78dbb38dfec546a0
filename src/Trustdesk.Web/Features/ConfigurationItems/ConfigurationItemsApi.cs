using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Audit;
using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.Requests;

namespace Trustdesk.Web.Features.ConfigurationItems;

/// <summary>
/// <c>/v1/products</c>, <c>/v1/cis</c> with their users, notes, relations and audit, and <c>/v1/requests/:id/cis</c>: the
/// account's configuration items, and those it supports for customers that trust it with <c>cis</c> (ADR 51).
/// </summary>
public static class ConfigurationItemsApi
{
    public static IServiceCollection AddConfigurationItems(this IServiceCollection services) => services
        .AddScoped<ProductJson>()
        .AddScoped<ListProducts>()
        .AddScoped<SaveProduct>()
        .AddScoped<CiJson>()
        .AddScoped<ListCis>()
        .AddScoped<SaveCi>()
        .AddScoped<CiNotes>()
        .AddScoped<CiUsers>()
        .AddScoped<CiRelations>()
        .AddScoped<RequestCis>()
        .AddScoped<UsedCis>();

    public static RouteGroupBuilder MapConfigurationItemsApi(this RouteGroupBuilder v1)
    {
        var products = v1.MapGroup("/products").WithTags("Configuration items");
        products.MapGet("/", (HttpRequest r, ListProducts list) => list.ListAsync(r))
            .Lists<ProductResponse>("The account's products (people with a role there)");
        products.MapGet("/{id:long}", (long id, HttpRequest r, ListProducts list) => list.GetAsync(id, r))
            .Reads<ProductResponse>("A product of the account");
        products.MapPost("/", (HttpRequest r, SaveProduct save) => save.CreateAsync(r))
            .Creates<ProductInput, ProductResponse>("Create a product (administrators, configuration managers)");
        products.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveProduct save) => save.UpdateAsync(id, r))
            .Updates<ProductInput, ProductResponse>("Change a product (administrators, configuration managers)");

        var cis = v1.MapGroup("/cis").WithTags("Configuration items");
        cis.MapGet("/", (HttpRequest r, ListCis list) => list.ListAsync(r, null))
            .Lists<CiResponse>("The CIs the account sees: its own, and its customers' CIs its teams support (cis trust)");
        foreach (var filter in ListCis.Predefined.Keys)
            cis.MapGet($"/{filter}", (HttpRequest r, ListCis list) => list.ListAsync(r, filter))
                .Lists<CiResponse>($"The CIs the account sees of 4me's predefined filter {filter}");
        cis.MapGet("/{id:long}", (long id, HttpRequest r, ListCis list) => list.GetAsync(id, r))
            .Reads<CiResponse>("A CI the account sees");
        cis.MapPost("/", (HttpRequest r, SaveCi save) => save.CreateAsync(r))
            .Creates<CiInput, CiResponse>("Register a CI (administrators, configuration managers)");
        cis.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveCi save) => save.UpdateAsync(id, r))
            .Updates<CiInput, CiResponse>("Change a CI: every field in its account (administrators, configuration managers); status, remarks and a note wherever it is seen (specialists)");
        cis.MapGet("/{id:long}/audit", (long id, HttpRequest r, ListCis list) => list.AuditAsync(id, r))
            .ListsUnder<AuditEntryResponse>("A CI's audit trail, oldest first, from its account and its supporting provider");
        cis.MapGet("/{id:long}/notes", (long id, HttpRequest r, CiNotes notes) => notes.ListAsync(id, r))
            .ListsUnder<NoteResponse>("A CI's notes, oldest first");
        cis.MapPost("/{id:long}/notes", (long id, HttpRequest r, CiNotes notes) => notes.AddAsync(id, r))
            .Acts<NoteInput, NoteResponse>("Add a note to a CI the account sees (specialists)", StatusCodes.Status201Created);
        cis.MapGet("/{id:long}/users", (long id, HttpRequest r, CiUsers users) => users.ListAsync(id, r))
            .ListsUnder<CiUserResponse>("The people who use a CI, in the order they were made users");
        cis.MapPost("/{id:long}/users/{personId:long}", (long id, long personId, HttpRequest r, CiUsers users) =>
                users.AddAsync(id, personId, r.HttpContext.RequestAborted))
            .Acts<EmptyResponse>("Make a person the account sees a user of a CI of the account (200 also when a user already)");
        cis.MapDelete("/{id:long}/users/{personId:long}", (long id, long personId, HttpRequest r, CiUsers users) =>
                users.RemoveAsync(id, personId, r.HttpContext.RequestAborted))
            .Removes("Remove a user from a CI of the account");
        cis.MapGet("/{id:long}/ci_relations", (long id, HttpRequest r, CiRelations relations) => relations.ListAsync(id, r))
            .ListsUnder<CiRelationResponse>("A CI's relations to the other CIs the caller sees, read from this CI");
        cis.MapPost("/{id:long}/ci_relations", (long id, HttpRequest r, CiRelations relations) => relations.AddAsync(id, r))
            .Acts<CiRelationInput, CiRelationResponse>("Relate a CI of the account to another of its CIs", StatusCodes.Status201Created);
        cis.MapDelete("/{id:long}/ci_relations/{relationId:long}", (long id, long relationId, HttpRequest r, CiRelations relations) =>
                relations.RemoveAsync(id, relationId, r.HttpContext.RequestAborted))
            .Removes("Remove a relation of a CI of the account");

        var requests = v1.MapGroup("/requests").WithTags("Configuration items");
        requests.MapGet("/{id:long}/cis", (long id, HttpRequest r, RequestCis links) => links.ListAsync(id, r))
            .ListsUnder<CiResponse>("The CIs a request affects that the caller sees");
        requests.MapPost("/{id:long}/cis/{ciId:long}", (long id, long ciId, HttpRequest r, RequestCis links) =>
                links.LinkAsync(id, ciId, r.HttpContext.RequestAborted))
            .Acts<EmptyResponse>("Link a CI the account sees to a request it sees (specialists; 200 also when linked already)");
        requests.MapDelete("/{id:long}/cis/{ciId:long}", (long id, long ciId, HttpRequest r, RequestCis links) =>
                links.UnlinkAsync(id, ciId, r.HttpContext.RequestAborted))
            .Removes("Remove a CI the account linked from a request");
        return cis;
    }
}
