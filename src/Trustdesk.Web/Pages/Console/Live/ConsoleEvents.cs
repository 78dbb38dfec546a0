using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Features.Events;
using Trustdesk.Web.Pages.Session;

namespace Trustdesk.Web.Pages.Console.Live;

/// <summary>
/// <c>GET /console/{account}/events</c>: the live events of <c>/v1/events/stream</c> for the console's pages, with the
/// cookie session instead of a bearer token (ADR 22). Each delivery is checked for the person acting in that account as
/// a page would be; an account they may not work in answers the 404 page, like the console's pages.
/// </summary>
public static class ConsoleEvents
{
    public static void MapConsoleEvents(this IEndpointRouteBuilder app) =>
        app.MapGet("/console/{account}/events", async (string account, HttpContext http, DeliveryCheck check, EventStream stream) =>
        {
            if (CookieSession.Read(http.User) is not { } session) return Results.Challenge();
            if (!AccountSlug.IsValid(account)) return Results.NotFound();
            var listener = new ConsoleStreamCaller(session, account);
            // Checked before the stream opens, so a refusal is a page and not an empty stream.
            if (await check.DeliverableAsync(listener, [], http.RequestAborted) is null) return Results.NotFound();
            return stream.For(listener);
        }).RequireAuthorization().ExcludeFromDescription();
}
