using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>
/// The actors whose web UI is checked, chosen from <see cref="Actors.Of"/> by the seed, a few of each standing: owners,
/// people with roles in a foreign account (across a roles trust), people whose roles there no longer count, end users of a
/// linked support domain (no role: every console URL is the 404 page), people with no role in their own account,
/// other role holders, strangers, and someone asked for an approval (ADR 29).
/// </summary>
public static class PageSample
{
    public static List<Actor> Of(TheWorld world, Visibility oracle)
    {
        var random = new Random(world.Seed ^ 0x0ba9e5);
        var people = Actors.Of(world).Where(a => a.Person is not null && !a.IsOperator && a.Token == a.Person.Token
            && world.FindAccount(a.Account!) is not null).ToList();
        bool Owner(Actor a) => a.Header is null && world.Accounts.Any(x => x.OwnerId == a.Person!.Id);
        bool Foreign(Actor a) => !Visibility.IsEndUserOf(a.Person!, world.Account(a.Account!));
        Seat? Seat(Actor a) => oracle.Admit(a).Seat;
        List<Actor> Some(Func<Actor, bool> which, int n) => people.Where(which).OrderBy(_ => random.Next()).Take(n).ToList();
        return
        [
            .. Some(Owner, 2),
            .. Some(a => Foreign(a) && Seat(a) is { HasRole: true }, 2),
            .. Some(a => Foreign(a) && a.Person!.Roles.ContainsKey(a.Account!) && Seat(a) is null, 1),
            .. Some(a => a.Header is not null && !Foreign(a) && Seat(a) is { HasRole: false }, 2),
            .. Some(a => a.Header is null && Seat(a) is { HasRole: false }, 1),
            .. Some(a => !Owner(a) && !Foreign(a) && Seat(a) is { HasRole: true }, 1),
            .. Some(a => Foreign(a) && !a.Person!.Roles.ContainsKey(a.Account!), 2),
            // Someone asked for an approval, at home: their portal lists it, and a console they work in may show it.
            .. Some(a => a.Header is null && world.Tasks.Any(t => Visibility.IsAskedOf(a.Person!, t)), 1),
        ];
    }
}
