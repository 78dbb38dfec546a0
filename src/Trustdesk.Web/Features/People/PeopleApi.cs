using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.People;

public static class PeopleApi
{
    public static IServiceCollection AddPeople(this IServiceCollection services) => services
        .AddScoped<PersonJson>()
        .AddScoped<ListPeople>()
        .AddScoped<SavePerson>()
        .AddScoped<SetPassword>();

    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder v1)
    {
        var people = v1.MapGroup("/people").WithTags("People");
        people.MapGet("/", (HttpRequest r, ListPeople list) => list.HandleAsync(r, PeopleFilter.All))
            .Lists<PersonResponse>(PeopleFilter.All.Summary);
        foreach (var filter in PeopleFilter.Predefined)
            people.MapGet($"/{filter.Name}", (HttpRequest r, ListPeople list) => list.HandleAsync(r, filter))
                .Lists<PersonResponse>(filter.Summary);
        people.MapGet("/{id:long}", (long id, HttpRequest r, ListPeople list) => list.GetAsync(id, r))
            .Reads<PersonResponse>("A person (anyone may read themselves; other people need a role in the account)");
        people.MapPost("/", (HttpRequest r, SavePerson save) => save.CreateAsync(r))
            .Creates<PersonInput, PersonResponse>("Register a person (administrators)");
        people.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SavePerson save) => save.UpdateAsync(id, r))
            .Updates<PersonInput, PersonResponse>("Change a person's fields (administrators of the person's account; "
                + "their sign-in follows a new primary e-mail)");
        people.MapPut("/{id:long}/password", (long id, HttpRequest r, SetPassword set) => set.HandleAsync(id, r))
            .Sets<PasswordInput>("Give a person a password for the web UI, replacing any other (administrators of the person's "
                + "account); it is never shown again");
        return people;
    }
}
