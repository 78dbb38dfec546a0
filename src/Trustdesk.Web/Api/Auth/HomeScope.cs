using Trustdesk.Data.Isolation;

namespace Trustdesk.Web.Api.Auth;

public static class HomeScope
{
    /// <summary>
    /// Reads in the caller's own account (and its directory) for the returned scope: their person record, tokens
    /// and catalog live there, whichever account the call acts in.
    /// </summary>
    public static IDisposable EnterHomeOf(this AccountScope scope, Caller caller) =>
        scope.Cross(Crossing.PersonsHome, caller.HomeAccount.Id, caller.HomeAccount.SharedDirectoryId);
}
