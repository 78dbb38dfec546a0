using Trustdesk.Web.Api.Contracts;
using Trustdesk.Web.Features.People;

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
        teams.MapGet("/", (HttpRequest r, ListTeams list) => list.HandleAsync(r))
            .Lists<TeamResponse>("The account's teams");
        teams.MapGet("/{id:long}", (long id, HttpRequest r, ListTeams list) => list.GetAsync(id, r))
            .Reads<TeamResponse>("A team");
        teams.MapPost("/", (HttpRequest r, SaveTeam save) => save.CreateAsync(r))
            .Creates<TeamInput, TeamResponse>("Create a team (administrators; its manager and coordinator must hold a role in the account)");
        teams.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveTeam save) => save.UpdateAsync(id, r))
            .Updates<TeamInput, TeamResponse>("Change a team's fields (administrators; the account's service desk team stays enabled)");
        teams.MapGet("/{id:long}/members", (long id, HttpRequest r, TeamMembers members) => members.ListAsync(id, r))
            .ListsUnder<PersonResponse>("The team's members");
        teams.MapPost("/{id:long}/members/{personId:long}", (long id, long personId, HttpRequest r, TeamMembers members) => members.AddAsync(id, personId, r))
            .Acts<EmptyResponse>("Add a person to the team (administrators; the person must hold a role in the account); adding a member twice changes nothing")
            .Refuses(StatusCodes.Status422UnprocessableEntity);
        teams.MapDelete("/{id:long}/members/{personId:long}", (long id, long personId, HttpRequest r, TeamMembers members) => members.RemoveAsync(id, personId, r))
            .Removes("Remove a person from the team (administrators)");
        return teams;
    }
}
