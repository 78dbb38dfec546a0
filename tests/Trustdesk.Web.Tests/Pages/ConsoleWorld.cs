using Microsoft.Extensions.DependencyInjection;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>
/// <see cref="EventsWorld"/> (provider P serving customer C across a <c>services</c> trust, an unrelated account U, an
/// end user of C's directory), with the owners of P, C and U — specialists there — signed in to the console.
/// </summary>
public sealed class ConsoleWorld : IDisposable
{
    private ConsoleWorld(EventsWorld world) => W = world;

    public EventsWorld W { get; }
    public PageSession Provider { get; private set; } = null!;
    public PageSession Customer { get; private set; } = null!;
    public PageSession Unrelated { get; private set; } = null!;

    public static async Task<ConsoleWorld> CreateAsync(TrustdeskServer server)
    {
        var world = new ConsoleWorld(await EventsWorld.CreateAsync(server));
        world.Provider = await SignInOwnerAsync(server, world.W.Provider);
        world.Customer = await SignInOwnerAsync(server, world.W.Customer);
        world.Unrelated = await SignInOwnerAsync(server, world.W.Unrelated);
        return world;
    }

    /// <summary>Gives the owner of <paramref name="account"/> a password (there is no API for it yet) and signs them in.</summary>
    public static Task<PageSession> SignInOwnerAsync(TrustdeskServer server, Tenant account) => SignInAsync(server, account.Id, account.OwnerId);

    /// <summary>Gives <paramref name="personId"/>, who lives in <paramref name="accountId"/>, a password and signs them in.</summary>
    public static async Task<PageSession> SignInAsync(TrustdeskServer server, string accountId, long personId)
    {
        var (email, password) = await SetPasswordAsync(server, accountId, personId);
        return await PageSession.SignInAsync(server, email, password);
    }

    /// <summary>Gives <paramref name="personId"/>, who lives in <paramref name="accountId"/>, an e-mail and password to sign in with.</summary>
    public static async Task<(string Email, string Password)> SetPasswordAsync(TrustdeskServer server, string accountId, long personId)
    {
        var (email, password) = ($"person.{personId}@console.example", "pw-" + Ids.Hex(8));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = await ServerWrites.EnterAsync(scope, accountId);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<Passwords>().SetAsync(personId, email, password, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        return (email, password);
    }

    public static string RequestPage(Tenant account, long id) => $"/console/{account.Id}/requests/{id}";

    public void Dispose()
    {
        Provider.Dispose();
        Customer.Dispose();
        Unrelated.Dispose();
    }
}
