using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// Every error under /v1, whatever produced it (routing, auth, validation, the framework), is JSON in the shape of
/// product.md §9 with a Content-Length; 4me clients fail on anything else.
/// </summary>
public sealed class ErrorShapeTests
{
    private readonly TestWorld _world = TestWorld.Shared;

    [Fact]
    public async Task Errors_from_every_layer_have_the_json_shape()
    {
        var account = await _world.DirectoryAsync();
        var person = await account.AddPersonAsync();
        var owner = account.Owner;
        var answers = new List<ApiResponse>
        {
            await owner.GetAsync("/v1/nothing-here"),
            await owner.GetAsync("/v1/people/not-a-number"),
            await owner.GetAsync("/v1/people/99999999999999999999999"),
            await owner.DeleteAsync($"/v1/people/{person}"),
            await owner.PostAsync("/v1/me", new { }),
            await owner.SendRawAsync(HttpMethod.Put, "/v1/enums", "{}"),
            await owner.GetAsync("/v1/people?sort=nope"),
            await owner.GetAsync("/v1/people?fields=nope"),
            await owner.GetAsync("/v1/people?nope=1"),
            await owner.SendRawAsync(HttpMethod.Post, "/v1/people", "{oops"),
            await owner.PostAsync("/v1/people", new { name = "" }),
            await owner.PatchAsync($"/v1/people/{person}", new { name = "x" }, ("If-Match", "W/\"123\"")),
            await _world.Anonymous.GetAsync("/v1/people"),
            await owner.In(Ids.Account()).GetAsync("/v1/people"),
            await _world.Server.Operator.GetAsync("/v1/people"),
        };

        foreach (var answer in answers)
        {
            Assert.True(answer.Status is >= 400 and < 500, $"{answer.Request}: {answer.Status} {answer.Text}");
            Answers.AssertErrorShape(answer);
        }
    }

    [Fact]
    public async Task Unknown_paths_answer_the_same_404_as_missing_records()
    {
        var account = await _world.DirectoryAsync();

        var unknownPath = (await account.Owner.GetAsync("/v1/no/such/path")).Expect(404);
        var missingRecord = (await account.Owner.GetAsync($"/v1/sites/{Answers.NeverExistingId}")).Expect(404);
        var anonymousUnknownPath = (await _world.Anonymous.GetAsync("/v1/no/such/path")).Expect(404);

        Assert.Equal(missingRecord.Body, unknownPath.Body);
        Assert.Equal(missingRecord.Body, anonymousUnknownPath.Body);
    }
}
