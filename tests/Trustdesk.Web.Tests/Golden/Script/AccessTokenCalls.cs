namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>Anna's own access tokens: her demo token, one made here, and one made and revoked here.</summary>
public sealed class AccessTokenCalls(GoldenRecorder r) : IGoldenPart
{
    private string _nicksToken = "";

    public async Task SetUpAsync()
    {
        await r.PostAsync(Callers.Anna, "/v1/access_tokens", new { name = "Laptop script" });
        var old = await r.PostAsync(Callers.Anna, "/v1/access_tokens", new { name = "Old script", expires_at = "2030-06-30T00:00:00Z" });
        await r.DeleteAsync(Callers.Anna, $"/v1/access_tokens/{old.Id()}");
    }

    public async Task ReadAsync()
    {
        await r.CollectionAsync(Callers.Anna, "/v1/access_tokens", "name,expires_at,revoked_at", "-name", "name=Laptop%20script");
        _nicksToken = (await r.GetAsync(Callers.Nick, "/v1/access_tokens?fields=name")).Items[0]!["id"]!.ToJsonString();
    }

    public async Task WriteAsync()
    {
        var phone = await r.CreatesAsync(Callers.Anna, "/v1/access_tokens", new { name = "Phone app" },
            new { name = "", expires_at = "2029-01-01T00:00:00Z" });
        await r.PostAsync(Callers.Anna, "/v1/access_tokens", new { name = "Far future", expires_at = "2040-01-01T00:00:00Z" });
        await r.DeleteAsync(Callers.Anna, $"/v1/access_tokens/{phone.Id()}");
        await r.DeleteAsync(Callers.Anna, $"/v1/access_tokens/{phone.Id()}");
        await r.DeleteAsync(Callers.Anna, $"/v1/access_tokens/{_nicksToken}");
        await r.DeleteAsync(Callers.Anna, $"/v1/access_tokens/{Steps.Missing}");
    }
}
