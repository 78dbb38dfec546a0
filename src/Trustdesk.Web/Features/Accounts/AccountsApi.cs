using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Accounts;

public static class AccountsApi
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) => services
        .AddScoped<AccountJson>()
        .AddScoped<ListAccounts>()
        .AddScoped<CreateAccount>()
        .AddScoped<UpdateAccount>();

    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/account", (HttpRequest r, ListAccounts accounts) => accounts.CurrentAsync(r)).WithTags("Accounts");
        var accounts = v1.MapGroup("/accounts").WithTags("Accounts").AllowOperator();
        accounts.MapGet("/", (HttpRequest r, ListAccounts list) => list.HandleAsync(r));
        accounts.MapGet("/{id}", (string id, HttpRequest r, ListAccounts list) => list.GetAsync(id, r));
        accounts.MapPost("/", (HttpRequest r, CreateAccount create) => create.HandleAsync(r));
        accounts.MapMethods("/{id}", ["PATCH", "PUT"], (string id, HttpRequest r, UpdateAccount update) => update.HandleAsync(id, r));
        return accounts;
    }
}
