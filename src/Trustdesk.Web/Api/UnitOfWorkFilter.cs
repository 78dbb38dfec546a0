using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Web.Api.Outages;

namespace Trustdesk.Web.Api;

/// <summary>
/// One transaction per API call: committed before the response is written when the call succeeded, so a 2xx
/// means durable, and rolled back otherwise, so a refused call writes nothing. On PostgreSQL reads run in a
/// transaction too, because the row-level security settings are transaction-local. A result runs after this filter
/// has returned: the live event stream relies on that to hold no transaction (or connection) while it is open.
/// </summary>
internal sealed class UnitOfWorkFilter(TrustdeskDbContext db) : IEndpointFilter
{
    /// <summary>Whether a call with this result is committed: one below 400, or one without a status (a stream).</summary>
    internal static bool Commits(object? result) =>
        result is IStatusCodeHttpResult { StatusCode: < 400 } || result is not IStatusCodeHttpResult;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        if (reading && !db.Database.IsNpgsql()) return await next(context);

        var cancel = context.HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        // EF would wrap each SaveChanges in a savepoint (a SAVEPOINT and a RELEASE round trip) so that a failed save
        // leaves the transaction usable. Nothing here goes on after a failed save: the exception ends the call below
        // and the whole transaction is rolled back, so the savepoints would only cost round trips.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            var result = await next(context);
            if (Commits(result)) await transaction.CommitAsync(cancel);
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiErrors.Conflict("Conflict: the record was changed by someone else; read it again and retry");
        }
        catch (DbUpdateException e) when (!UnusableDatabase.Explains(e))
        {
            // Handlers check uniqueness first; this is the race where another call won in between. (A save the database
            // could not serve at all is no conflict: it goes on to DatabaseOutages, which answers 503.)
            return ApiErrors.Conflict("Conflict: another change to the same data was saved first; read it again and retry");
        }
        catch (AccountGuardViolation)
        {
            // A write aimed at another account's record: answered like a record that does not exist.
            return ApiErrors.NotFound();
        }
    }
}
