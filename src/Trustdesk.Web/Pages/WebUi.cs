using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Trustdesk.Web.Pages.Console.Live;
using Trustdesk.Web.Pages.Session;
using Trustdesk.Web.Startup;

namespace Trustdesk.Web.Pages;

/// <summary>
/// The server-rendered web UI: sign-in with cookie sessions, the self-service portal (<c>/portal</c>) and the specialist
/// console (<c>/console/{account}</c>). Portal and console pages resolve their caller like the API does (ADR 20).
/// </summary>
public static class WebUi
{
    public const string SignInPath = "/sign-in";

    public static IServiceCollection AddWebUi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection("SignIn")).RefuseWhen(signIn =>
            SettingsRefusals.BelowLeast("SignIn", 1, ("FailuresPerAddress", signIn.FailuresPerAddress),
                ("FailuresPerAddressFromAnywhere", signIn.FailuresPerAddressFromAnywhere), ("FailuresPerClient", signIn.FailuresPerClient),
                ("AttemptsPerClientPerMinute", signIn.AttemptsPerClientPerMinute), ("WindowMinutes", signIn.WindowMinutes),
                ("SessionHours", signIn.SessionHours), ("IdleHours", signIn.IdleHours))
            ?? SettingsRefusals.BelowLeast("SignIn", 0, ("MinimumMilliseconds", signIn.MinimumMilliseconds)));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme).Configure<IOptions<SignInOptions>>((cookie, signIn) =>
        {
            cookie.Cookie.Name = "trustdesk.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(signIn.Value.IdleHours);
            cookie.SlidingExpiration = true;
            // The way to the sign-in page names no host: an absolute one would be built from the Host header a client sent.
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect(new Uri(context.RedirectUri).PathAndQuery);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "trustdesk.antiforgery");
        services.AddRazorPages(pages =>
        {
            foreach (var folder in new[] { "/Portal", "/Console" })
            {
                pages.Conventions.AuthorizeFolder(folder);
                pages.Conventions.AddFolderApplicationModelConvention(folder, page =>
                {
                    // Before the caller (it orders itself first): what no page sends is refused with nothing begun.
                    page.Filters.Add(new Shared.RefuseForgedRequestsAttribute());
                    page.Filters.Add(new ServiceFilterAttribute(typeof(PageCallerFilter)));
                });
            }
        });
        return services
            .AddScoped<PageCallerFilter>()
            .AddScoped<SignedInPerson>()
            .AddScoped<WebSessions>()
            .AddScoped<AccountsWithRoles>()
            .AddScoped<Console.Requests.AuditWords>()
            .AddScoped<Console.AccountChoices>()
            .AddSingleton<SignInThrottle>()
            .AddSingleton<SignInDevices>();
    }

    /// <summary>
    /// Static files, then (outside <c>/v1</c>, whose errors stay JSON) an HTML page for every error and status without a
    /// body, never a stack trace; then routing and the session cookie.
    /// </summary>
    public static WebApplication UseWebUi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/v1"), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        // After the error pages, so that re-executing one routes again (routing before them would route to nothing).
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static void MapWebUi(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapConsoleEvents();
    }
}
