using Trustdesk.Isolation.Tests.Oracle;
using Trustdesk.Isolation.Tests.World;

namespace Trustdesk.Isolation.Tests.Checks;

/// <summary>Who the suite calls as: every person in their own account and in every account where they were given roles,
/// as an end user in one support domain linked to their directory, and in one random account where they have no standing;
/// anonymous callers, expired tokens, a header naming no account, and the platform operator (with no header, and with one
/// naming a real account).</summary>
public static class Actors
{
    public static List<Actor> Of(TheWorld world)
    {
        var random = new Random(world.Seed ^ 0x5eed);
        var actors = new List<Actor> { Actor.Anonymous };
        foreach (var person in world.People.Where(p => p.Token is not null))
        {
            actors.Add(Actor.Of(person, null));
            foreach (var account in person.Roles.Keys.Where(a => a != person.Account)) actors.Add(Actor.Of(person, account));
            // An end user of a support domain linked to their directory, where they hold no role.
            var linked = world.Accounts.Where(a => a.Directory == person.Account && !person.Roles.ContainsKey(a.Id)).ToList();
            if (linked.Count > 0) actors.Add(Actor.Of(person, linked[random.Next(linked.Count)].Id));
            var strangers = world.Accounts.Where(a => a.Id != person.Account && a.Directory != person.Account && !person.Roles.ContainsKey(a.Id)).ToList();
            if (strangers.Count > 0) actors.Add(Actor.Of(person, strangers[random.Next(strangers.Count)].Id));
        }
        actors.AddRange(world.ExpiredTokens.Select(e => Actor.Expired(e.Person, e.Token)));
        var someone = world.People[random.Next(world.People.Count)];
        actors.Add(Actor.Of(someone, "no-such-account") with { Name = $"person {someone.Id} naming an account that does not exist" });
        actors.Add(Actor.Operator(null));
        actors.Add(Actor.Operator(world.Accounts[random.Next(world.Accounts.Count)].Id));
        return actors;
    }
}
