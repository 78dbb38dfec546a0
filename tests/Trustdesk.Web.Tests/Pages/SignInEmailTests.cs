using System.Net;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Pages;

/// <summary>ADR 20: a person signs in with their primary e-mail address, and a new one takes over at once.</summary>
public sealed class SignInEmailTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;

    [Fact]
    public async Task A_changed_primary_email_signs_the_person_in_and_the_old_one_no_longer_does()
    {
        var account = await TestWorld.Shared.DirectoryAsync();
        var (old, password) = await ConsoleWorld.SetPasswordAsync(Server, account.Id, account.OwnerId);
        (await SignInAsync(old, password)).Expect(HttpStatusCode.Redirect);

        var renamed = Ids.Email();
        (await account.Owner.PatchAsync($"/v1/people/{account.OwnerId}", new { primary_email = renamed })).Expect(200);

        Assert.Contains("is not right", (await SignInAsync(old, password)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
        (await SignInAsync(renamed.ToUpperInvariant(), password)).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_refused_change_of_the_primary_email_leaves_the_sign_in_as_it_was()
    {
        var account = await TestWorld.Shared.DirectoryAsync();
        var (email, password) = await ConsoleWorld.SetPasswordAsync(Server, account.Id, account.OwnerId);
        var colleague = Ids.Email();
        await account.AddPersonAsync(email: colleague);

        (await account.Owner.PatchAsync($"/v1/people/{account.OwnerId}", new { primary_email = colleague })).Expect(422);

        (await SignInAsync(email, password)).Expect(HttpStatusCode.Redirect);
        Assert.Contains("is not right", (await SignInAsync(colleague, password)).Expect(HttpStatusCode.OK).Text, StringComparison.Ordinal);
    }

    private static Task<PageResponse> SignInAsync(string email, string password) => PageSession.AttemptSignInAsync(Server, email, password);
}
