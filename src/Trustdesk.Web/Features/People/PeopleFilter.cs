using System.Linq.Expressions;
using Trustdesk.Domain.People;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.People;

/// <summary>
/// The predefined people filters of 4me, as path suffixes (<c>/people/directory</c>, …), each with the summary the API's
/// document gives it.
/// </summary>
public sealed record PeopleFilter(string Name, string Summary, Func<Caller, Expression<Func<Person, bool>>> Where)
{
    public static readonly PeopleFilter All = new("", "The people the account uses: its own and its directory's", _ => p => true);

    public static readonly IReadOnlyList<PeopleFilter> Predefined =
    [
        new("enabled", "The enabled people the account uses", _ => p => !p.Disabled),
        new("disabled", "The disabled people the account uses", _ => p => p.Disabled),
        // People kept in the directory account that the current account is linked to.
        new("directory", "The people of the account's directory (not its own)",
            caller => p => p.AccountId == caller.Account.SharedDirectoryId && p.AccountId != caller.AccountId),
        // People local to the current (support domain) account.
        new("support_domain", "The account's own people (not its directory's)", caller => p => p.AccountId == caller.AccountId),
    ];
}
