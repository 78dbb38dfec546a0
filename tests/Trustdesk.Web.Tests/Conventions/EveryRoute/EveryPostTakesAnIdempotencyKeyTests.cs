using System.Text.RegularExpressions;
using Trustdesk.Web.Api.Idempotency;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions.EveryRoute;

/// <summary>
/// Every POST route of the OpenAPI document reads the <c>Idempotency-Key</c> (ADR 36) before its handler runs: a key too
/// long to be kept is refused on each with the same 422, whatever the route's records, and nothing is written. A route
/// added later is walked too.
/// </summary>
public sealed partial class EveryPostTakesAnIdempotencyKeyTests
{
    [Fact]
    public async Task Every_post_route_reads_the_key_before_its_handler()
    {
        var account = await TestWorld.Shared.SupportDomainAsync();
        var routes = await ApiRoutes.OfAsync(TestServers.Shared, "POST");
        Assert.True(routes.Count > 20, $"only {routes.Count} POST routes were found");
        var tooLong = (IdempotencyKeyHeader.Name, new string('k', IdempotencyKeyHeader.MaxLength + 1));
        foreach (var route in routes)
        {
            // No handler runs, so no record needs to exist: every parameter names one that never did.
            var path = Parameter().Replace(route.Template, Answers.NeverExistingId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            (await account.Owner.PostAsync(path, new { }, tooLong))
                .ExpectValidation((IdempotencyKeyHeader.Name, "is too long (maximum is 255 characters)"));
        }
        Assert.Equal(1, (await account.Owner.GetAsync("/v1/teams")).Expect(200).TotalEntries());
    }

    [GeneratedRegex("{[^}]+}")]
    private static partial Regex Parameter();
}
