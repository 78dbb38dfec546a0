namespace Trustdesk.Web.Features.Home;

/// <summary><c>/</c>: what Trustdesk is, where to sign in, and where the API reference is.</summary>
public static class HomePage
{
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Trustdesk</title>
          <link rel="stylesheet" href="/home.css">
        </head>
        <body>
          <main>
            <h1>Trustdesk</h1>
            <p>An open, multi-tenant enterprise service management platform: one deployment, many segregated
            accounts for IT, HR, Facilities and their suppliers, collaborating through trusts instead of copying data.</p>
            <p><a href="/sign-in">Sign in</a> to the self-service portal and the consoles of your accounts.</p>
            <ul>
              <li><a href="/reference">API reference</a> (4me-compatible REST API under <code>/v1</code>)</li>
              <li><a href="/openapi/v1.json">OpenAPI document</a></li>
            </ul>
            <p>Call the API with <code>Authorization: Bearer &lt;token&gt;</code> and <code>X-4me-Account: &lt;account&gt;</code>;
            the demo tokens are printed when the server starts.</p>
          </main>
        </body>
        </html>
        """;

    public static void MapHomePage(this IEndpointRouteBuilder app) =>
        app.MapGet("/", () => Results.Content(Html, "text/html; charset=utf-8")).ExcludeFromDescription();
}
