using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions.EveryRoute;

/// <summary>
/// <c>HEAD</c> answers every GET route of the OpenAPI document as the GET does, without the body: same status, same
/// headers (<c>Content-Length</c> the GET's body length, <c>ETag</c>, <c>Link</c>, <c>X-Pagination-*</c>), and the
/// rate-limit headers present. Walked on <see cref="RouteWorld"/>, so a route added later is checked too.
/// </summary>
public sealed class EveryGetAnswersHeadTests
{
    /// <summary>Headers that differ from one call to the next whatever the method.</summary>
    private static readonly HashSet<string> PerCall = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "X-Request-Id", "X-RateLimit-Remaining", "X-RateLimit-Reset",
    };

    [Fact]
    public async Task Every_get_route_answers_head_with_its_status_and_headers_and_no_body()
    {
        var world = await RouteWorld.GetAsync();
        var checkedRoutes = 0;
        foreach (var route in await ApiRoutes.OfAsync(world.Server, "GET"))
        {
            var path = world.Fill(route.Template) ?? throw new InvalidOperationException($"{route.Template}: RouteWorld has no record for it");
            var reader = world.ReaderOf(path);
            var head = await reader.SendAsync(HttpMethod.Head, path, null);
            Assert.Empty(head.Body);
            foreach (var name in new[] { "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Request-Id" })
                Assert.True(head.HasHeader(name), $"{head.Request}: no {name}");
            checkedRoutes++;
            if (route.IsStream)
            {
                // A stream never ends, so its GET is not read here: HEAD says what it would be.
                head.Expect(200);
                Assert.StartsWith("text/event-stream", head.ContentType, StringComparison.Ordinal);
                continue;
            }
            var get = await reader.GetAsync(path);
            Assert.True(get.Status == head.Status, $"{head.Request}: {head.Status}, GET answers {get.Status}");
            Assert.Equal(get.Body.Length, head.ContentHeaders.ContentLength);
            Assert.Equal(Comparable(get), Comparable(head));
        }
        Assert.True(checkedRoutes > 50, $"only {checkedRoutes} GET routes were found");
    }

    [Fact]
    public async Task Head_of_a_missing_record_or_without_a_token_answers_as_the_get_does()
    {
        var world = await RouteWorld.GetAsync();
        foreach (var (client, path) in new[]
                 {
                     (world.Home.Owner, $"/v1/people/{Answers.NeverExistingId}"), (world.Server.Client(), "/v1/people"),
                     (world.Home.Owner, "/v1/people?sort=job_title"), (world.Home.Owner, "/v1/no_such_collection"),
                 })
        {
            var (head, get) = (await client.SendAsync(HttpMethod.Head, path, null), await client.GetAsync(path));
            Assert.True(get.Status >= 400, $"{get.Request}: {get.Status}");
            Assert.Equal(get.Status, head.Status);
            Assert.Empty(head.Body);
            Assert.Equal(get.Body.Length, head.ContentHeaders.ContentLength);
            Assert.Equal(Comparable(get), Comparable(head));
        }
    }

    /// <summary>The headers a HEAD must repeat, one line each, sorted.</summary>
    private static List<string> Comparable(ApiResponse answer) =>
        answer.Headers.Concat<KeyValuePair<string, IEnumerable<string>>>(answer.ContentHeaders)
            .Where(h => !PerCall.Contains(h.Key))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
}
