using System.Linq.Expressions;
using Trustdesk.Domain.People;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.People;

/// <summary>The predefined people filters of 4me, as path suffixes (<c>/people/directory</c>, …).</summary>
public sealed record PeopleFilter(string Name, Func<Caller, Expression<Func<Person, bool>>> Where)
{
    public static readonly PeopleFilter All = new("", _ => p => true);

    public static readonly IReadOnlyList<PeopleFilter> Predefined =
    [
        new("enabled", _ => p => !p.Disabled),
        new("disabled", _ => p => p.Disabled),
        // People kept in the directory account that the current account is linked to.
        new("directory", caller => p => p.AccountId == caller.Account.SharedDirectoryId && p.AccountId != caller.AccountId),
        // People local to the current (support domain) account.
        new("support_domain", caller => p => p.AccountId == caller.AccountId),
    ];
}
