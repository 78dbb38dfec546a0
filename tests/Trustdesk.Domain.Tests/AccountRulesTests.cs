using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;

namespace Trustdesk.Domain.Tests;

public class AccountRulesTests
{
    private static readonly Account Directory = new() { Id = "widget", Kind = AccountKind.Directory };
    private static readonly Account LinkedDomain = new() { Id = "widget-it-nl", Kind = AccountKind.SupportDomain, DirectoryAccountId = "widget" };
    private static readonly Account StandaloneDomain = new() { Id = "printfix", Kind = AccountKind.SupportDomain };

    [Theory]
    [InlineData("widget-it-nl", true)]
    [InlineData("ab", true)]
    [InlineData("a", false)]
    [InlineData("-widget", false)]
    [InlineData("Widget", false)]
    [InlineData("widget_it", false)]
    [InlineData("widget it", false)]
    [InlineData("widget'--", false)]
    [InlineData("", false)]
    public void Account_ids_are_strict_slugs(string id, bool valid) => Assert.Equal(valid, AccountSlug.IsValid(id));

    [Fact]
    public void Slugs_are_at_most_63_characters()
    {
        Assert.True(AccountSlug.IsValid(new string('a', 63)));
        Assert.False(AccountSlug.IsValid(new string('a', 64)));
    }

    [Fact]
    public void A_support_domain_shares_its_directory_and_a_directory_shares_itself()
    {
        Assert.Equal("widget", LinkedDomain.SharedDirectoryId);
        Assert.Equal("widget", Directory.SharedDirectoryId);
        Assert.Equal("printfix", StandaloneDomain.SharedDirectoryId);
    }

    [Fact]
    public void Directory_people_are_end_users_of_linked_support_domains_only()
    {
        Assert.True(Standing.IsEndUserOf("widget", Directory));
        Assert.True(Standing.IsEndUserOf("widget", LinkedDomain));
        Assert.False(Standing.IsEndUserOf("widget", StandaloneDomain));
        Assert.False(Standing.IsEndUserOf("printfix", LinkedDomain));
    }

    [Fact]
    public void Only_owners_and_administrators_administer()
    {
        Assert.True(Standing.IsAdministrator([Role.AccountOwner]));
        Assert.True(Standing.IsAdministrator([Role.AccountAdministrator]));
        Assert.True(Standing.IsAdministrator([Role.DirectoryAdministrator]));
        Assert.False(Standing.IsAdministrator([Role.Specialist, Role.ServiceDeskManager, Role.Auditor]));
        Assert.False(Standing.IsAdministrator([]));
    }

    [Fact]
    public void Tokens_stop_working_when_expired_or_revoked()
    {
        var now = new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);
        Assert.True(new AccessToken { ExpiresAt = now.AddSeconds(1) }.IsUsableAt(now));
        Assert.False(new AccessToken { ExpiresAt = now }.IsUsableAt(now));
        Assert.False(new AccessToken { ExpiresAt = now.AddDays(1), RevokedAt = now.AddHours(-1) }.IsUsableAt(now));
    }
}
