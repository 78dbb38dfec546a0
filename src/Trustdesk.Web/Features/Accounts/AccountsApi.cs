using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Contracts;

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
        v1.MapGet("/account", (HttpRequest r, ListAccounts accounts) => accounts.CurrentAsync(r)).WithTags("Accounts")
            .Shows<AccountResponse>("The account the call acts in");
        var accounts = v1.MapGroup("/accounts").WithTags("Accounts").AllowOperator();
        accounts.MapGet("/", (HttpRequest r, ListAccounts list) => list.HandleAsync(r))
            .Lists<AccountResponse>("The accounts: all of them for the platform operator, the one the call acts in for anyone else");
        accounts.MapGet("/{id}", (string id, HttpRequest r, ListAccounts list) => list.GetAsync(id, r))
            .Shows<AccountResponse>("An account (the platform operator any; anyone else the one the call acts in)")
            .Refuses(StatusCodes.Status404NotFound);
        accounts.MapPost("/", (HttpRequest r, CreateAccount create) => create.HandleAsync(r))
            .Acts<AccountInput, AccountResponse>("Create an account: the platform operator any, with its first owner (the answer holds "
                + "the owner's token, once); an account owner a support domain of their directory, which they own", StatusCodes.Status201Created);
        accounts.MapMethods("/{id}", ["PATCH", "PUT"], (string id, HttpRequest r, UpdateAccount update) => update.HandleAsync(id, r))
            .Acts<AccountInput, AccountResponse>("Rename, re-zone or name the service desk team of an account (the platform operator any, "
                + "and disables it; an account owner their own)");
        return accounts;
    }
}
