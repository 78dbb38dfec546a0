using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// A body is read as JSON whatever its <c>Content-Type</c> says, or without one (as <c>curl -d</c> and many scripts send
/// it): the contracts the OpenAPI document shows (ADR 45) describe bodies, they do not route by their label.
/// </summary>
public sealed class ContentTypeTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-8")]
    public async Task A_json_body_is_read_whatever_its_label(string? contentType)
    {
        var account = await _world.DirectoryAsync();
        var name = $"Site {Guid.NewGuid():N}";

        var created = (await account.Owner.SendLabelledAsync(HttpMethod.Post, "/v1/sites", $$"""{"name":"{{name}}"}""", contentType)).Expect(201).Record;
        var id = created["id"]!.GetValue<long>();
        (await account.Owner.SendLabelledAsync(HttpMethod.Patch, $"/v1/sites/{id}", """{"city":"Utrecht"}""", contentType)).Expect(200);

        var read = (await account.Owner.GetAsync($"/v1/sites/{id}")).Expect(200).Record;
        Assert.Equal(name, read.Str("name"));
        Assert.Equal("Utrecht", read.Str("city"));
    }
}
