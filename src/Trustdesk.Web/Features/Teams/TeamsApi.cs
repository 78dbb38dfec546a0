namespace Trustdesk.Web.Features.Teams;

public static class TeamsApi
{
    public static IServiceCollection AddTeams(this IServiceCollection services) => services
        .AddScoped<TeamJson>()
        .AddScoped<ListTeams>()
        .AddScoped<SaveTeam>()
        .AddScoped<TeamMembers>();

    public static RouteGroupBuilder MapTeamsApi(this RouteGroupBuilder v1)
    {
        var teams = v1.MapGroup("/teams").WithTags("Teams");
        teams.MapGet("/", (HttpRequest r, ListTeams list) => list.HandleAsync(r));
        teams.MapGet("/{id:long}", (long id, HttpRequest r, ListTeams list) => list.GetAsync(id, r));
        teams.MapPost("/", (HttpRequest r, SaveTeam save) => save.CreateAsync(r));
        teams.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveTeam save) => save.UpdateAsync(id, r));
        teams.MapGet("/{id:long}/members", (long id, HttpRequest r, TeamMembers members) => members.ListAsync(id, r));
        teams.MapPost("/{id:long}/members/{personId:long}", (long id, long personId, HttpRequest r, TeamMembers members) => members.AddAsync(id, personId, r));
        teams.MapDelete("/{id:long}/members/{personId:long}", (long id, long personId, HttpRequest r, TeamMembers members) => members.RemoveAsync(id, personId, r));
        return teams;
    }
}
