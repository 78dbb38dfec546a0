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
        people.MapGet("/", (HttpRequest r, ListPeople list) => list.HandleAsync(r, PeopleFilter.All));
        foreach (var filter in PeopleFilter.Predefined)
            people.MapGet($"/{filter.Name}", (HttpRequest r, ListPeople list) => list.HandleAsync(r, filter));
        people.MapGet("/{id:long}", (long id, HttpRequest r, ListPeople list) => list.GetAsync(id, r));
        people.MapPost("/", (HttpRequest r, SavePerson save) => save.CreateAsync(r));
        people.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SavePerson save) => save.UpdateAsync(id, r));
        people.MapPut("/{id:long}/password", (long id, HttpRequest r, SetPassword set) => set.HandleAsync(id, r));
        return people;
    }
}
