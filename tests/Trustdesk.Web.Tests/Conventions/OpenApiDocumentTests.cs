using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Conventions;

/// <summary>
/// The OpenAPI document states how every operation is called: with a bearer token (a security scheme, required by the
/// whole document) and, optionally, the account it acts in (<c>X-4me-Account</c>), as 4me's clients send them.
/// </summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task Every_operation_is_called_with_a_bearer_token_and_may_name_its_account()
    {
        var document = (await TestWorld.Shared.Anonymous.GetAsync("/openapi/v1.json")).Expect(200).Record;

        var scheme = document["components"]!["securitySchemes"]!["bearer"]!;
        Assert.Equal("http", scheme.Str("type"));
        Assert.Equal("bearer", scheme.Str("scheme"));
        var required = document["security"]!.AsArray();
        Assert.Single(required);
        Assert.NotNull(required[0]!["bearer"]);

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(o => o.Key != "parameters").Select(o => (Name: $"{o.Key} {path.Key}", Operation: o.Value!)))
            .ToList();
        Assert.True(operations.Count > 150, $"only {operations.Count} operations in the document");
        Assert.All(operations, o =>
        {
            var header = (o.Operation["parameters"]?.AsArray() ?? []).SingleOrDefault(p => p!.Str("name") == CallerResolution.AccountHeaders[0]);
            Assert.True(header is not null, $"{o.Name}: no {CallerResolution.AccountHeaders[0]} header");
            Assert.Equal("header", header!.Str("in"));
            Assert.Equal(Domain.Accounts.AccountSlug.PatternText, header["schema"]!.Str("pattern"));
        });
    }
}
