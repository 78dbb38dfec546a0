using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Accounts;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Api.Outages;

namespace Trustdesk.Web.Pages.Session;

/// <summary>
/// The caller and the unit of work of every portal and console page, as <c>CallerFilter</c> and <c>UnitOfWorkFilter</c>
/// are for the API: the cookie's person, the account of the URL (<c>/console/{account}</c>; the portal acts in the
/// person's own account, as an end user), the same rules through <see cref="CallerResolution"/>, one transaction.
/// Fails closed: no valid session signs in again; an account without the person's roles answers the 404 page, the
/// same as an account that does not exist.
/// </summary>
public sealed class PageCallerFilter(
    TrustdeskDbContext db, CallerResolution resolution, Caller caller, SignedInPerson person, AccountsWithRoles accounts,
    WebSessions sessions) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var cancel = http.RequestAborted;
        if (CookieSession.Read(http.User) is not { } session)
        {
            context.Result = new ChallengeResult();
            return;
        }
        var reading = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        // As for the API: writes always in a transaction, reads too on PostgreSQL (row-level security settings are
        // transaction-local). Views render after it has ended, from what the page model has read.
        await using var transaction = reading && !db.Database.IsNpgsql() ? null : await db.Database.BeginTransactionAsync(cancel);

        var console = context.RouteData.Values["account"] as string;
        var refusal = await resolution.ResolvePersonAsync(0, session.PersonId, session.AccountId, console,
            console is not null && !AccountSlug.IsValid(console), cancel, asEndUser: console is null);
        if (refusal == CallerRefusal.Unauthorized)
        {
            await CookieSession.SignOutAsync(http);
            context.Result = new ChallengeResult();
            return;
        }
        if (refusal == CallerRefusal.Forbidden || (console is not null && !caller.HasAnyRole && !db.Switches.Plants(PlantedBugs.PageAccountUnchecked))) // TEST ONLY bug
        {
            context.Result = new NotFoundResult();
            return;
        }
        if (!await sessions.IsLiveAsync(session, cancel))
        {
            // Signed out (from this browser or one with a copy of its cookie), run out, or the password changed since
            // the session was opened: it ends, as a disabled person's does.
            await CookieSession.SignOutAsync(http);
            context.Result = new ChallengeResult();
            return;
        }
        await ShowPersonAsync(session, cancel);

        var executed = await next();
        if (executed.Exception is AccountGuardViolation)
        {
            // A write aimed at another account's record: answered like a record that does not exist.
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
        }
        else if (executed.Exception is DbUpdateException conflict && !UnusableDatabase.Explains(conflict))
        {
            // (A save the database could not serve at all is no conflict: DatabaseOutages answers it with the 503 page.)
            executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
            executed.ExceptionHandled = true;
        }
        else if (transaction is not null && executed.Exception is null && Succeeded(executed))
            await transaction.CommitAsync(cancel);
    }

    private static bool Succeeded(PageHandlerExecutedContext executed) =>
        executed.ModelState.IsValid && executed.Result is not IStatusCodeActionResult { StatusCode: >= 400 };

    /// <summary>What the layout shows: the person's name and the accounts they hold roles in.</summary>
    private async Task ShowPersonAsync(SessionCookie session, CancellationToken cancel)
    {
        string name;
        using (db.Scope.EnterHomeOf(caller))
            name = await db.People.AsNoTracking().Where(p => p.Id == session.PersonId).Select(p => p.Name).FirstAsync(cancel);
        person.Set(name, await accounts.OfAsync(session.PersonId, session.AccountId, cancel));
    }
}
