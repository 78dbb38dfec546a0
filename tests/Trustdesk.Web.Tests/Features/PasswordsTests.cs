using System.Net;
using Trustdesk.Web.Tests.Features.Events;
using Trustdesk.Web.Tests.Infrastructure;
using Trustdesk.Web.Tests.Pages;

namespace Trustdesk.Web.Tests.Features;

/// <summary>
/// ADR 27: <c>PUT /v1/people/:id/password</c> — an administrator of the person's account gives them a password for the
/// web UI, signed in with their primary e-mail; nobody else may, and a refused call changes nothing.
/// </summary>
public sealed class PasswordsTests
{
    private static readonly TrustdeskServer Server = TestServers.Shared;
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task An_administrator_gives_a_person_a_password_they_sign_in_with_and_a_new_one_replaces_it()
    {
        var directory = await _world.DirectoryAsync();
        var email = Ids.Email();
        var person = await directory.AddPersonAsync(email: email);

        var set = (await directory.Owner.PutAsync($"/v1/people/{person}/password", new { password = "correct horse battery" })).Expect(204);
        Assert.Empty(set.Text);
        (await SignInAsync(email, "correct horse battery")).Expect(HttpStatusCode.Redirect);

        (await directory.Owner.PutAsync($"/v1/people/{person}/password", new { password = "staple and paper clip" })).Expect(204);
        (await SignInAsync(email, "correct horse battery")).Expect(HttpStatusCode.OK);
        (await SignInAsync(email, "staple and paper clip")).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_short_blank_or_missing_password_is_refused_and_the_old_one_still_signs_in()
    {
        var directory = await _world.DirectoryAsync();
        var email = Ids.Email();
        var person = await directory.AddPersonAsync(email: email);
        (await directory.Owner.PutAsync($"/v1/people/{person}/password", new { password = "the one that stays" })).Expect(204);

        var path = $"/v1/people/{person}/password";
        Assert.Contains("is too short (minimum is 12 characters)", (await directory.Owner.PutAsync(path, new { password = "eleven char" })).Expect(422).Text, StringComparison.Ordinal);
        (await directory.Owner.PutAsync(path, new { password = "              " })).Expect(422);
        (await directory.Owner.PutAsync(path, new { })).Expect(422);
        (await directory.Owner.PutAsync(path, new { password = 12345678901234 })).Expect(422);

        (await SignInAsync(email, "the one that stays")).Expect(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Only_an_administrator_of_the_persons_account_may_set_it_others_get_403_or_a_missing_ones_404()
    {
        var directory = await _world.DirectoryAsync();
        var domain = await _world.SupportDomainAsync(directory);
        var stranger = await _world.DirectoryAsync();
        var email = Ids.Email();
        var person = await directory.AddPersonAsync(email: email);
        (await directory.Owner.PutAsync($"/v1/people/{person}/password", new { password = "the one that stays" })).Expect(204);
        var specialistId = await directory.AddPersonAsync();
        await directory.GrantAsync(specialistId, "specialist");
        var specialist = Server.Client(await ServerWrites.IssueTokenAsync(Server, directory.Id, specialistId));
        var body = new { password = "taken over by someone" };

        (await specialist.PutAsync($"/v1/people/{person}/password", body)).Expect(403);
        // The support domain sees its directory's people but does not maintain them.
        (await domain.Owner.PutAsync($"/v1/people/{person}/password", body)).Expect(403);
        Answers.SameAsMissing(
            await stranger.Owner.PutAsync($"/v1/people/{person}/password", body),
            await stranger.Owner.PutAsync($"/v1/people/{Answers.NeverExistingId}/password", body));

        (await SignInAsync(email, "taken over by someone")).Expect(HttpStatusCode.OK);
        (await SignInAsync(email, "the one that stays")).Expect(HttpStatusCode.Redirect);
    }

    private static Task<PageResponse> SignInAsync(string email, string password) => PageSession.AttemptSignInAsync(Server, email, password);
}
