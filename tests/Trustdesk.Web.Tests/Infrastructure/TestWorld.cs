namespace Trustdesk.Web.Tests.Infrastructure;

/// <summary>
/// Makes the accounts a test needs, through the API as a client would: the platform operator creates each account
/// together with its first owner, whose token the 201 answer carries once.
/// </summary>
public sealed class TestWorld(TrustdeskServer server)
{
    /// <summary>A world on the server that all tests share.</summary>
    public static TestWorld Shared => new(TestServers.Shared);

    public TrustdeskServer Server { get; } = server;

    public Task<Tenant> DirectoryAsync() => CreateAccountAsync("directory", null);

    /// <summary>A support domain, linked to <paramref name="directory"/> when one is given.</summary>
    public Task<Tenant> SupportDomainAsync(Tenant? directory = null) =>
        CreateAccountAsync("support_domain", directory?.Id);

    /// <summary>An anonymous caller: no token, no account header.</summary>
    public ApiClient Anonymous => Server.Client();

    private async Task<Tenant> CreateAccountAsync(string kind, string? directoryId)
    {
        var id = Ids.Account();
        var body = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["name"] = "Account " + id,
            ["kind"] = kind,
            ["owner"] = new { name = "Owner of " + id, primary_email = Ids.Email("owner") },
        };
        if (directoryId is not null) body["directory_account_id"] = directoryId;
        var created = (await Server.Operator.PostAsync("/v1/accounts", body)).Expect(201).Record;
        var owner = created["owner"]!;
        var token = owner["token"]!.GetValue<string>();
        return new Tenant(id, "Account " + id, owner["id"]!.GetValue<long>(), token, Server.Client(token, id),
            created["service_desk_team"]?["id"]?.GetValue<long>());
    }
}
