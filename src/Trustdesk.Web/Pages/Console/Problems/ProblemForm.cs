using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Problems;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Features.Problems;

namespace Trustdesk.Web.Pages.Console.Problems;

/// <summary>The console's form of a problem: every field the API takes, sent whole on each save (an empty one clears it).</summary>
public sealed class ProblemForm
{
    public string? Subject { get; set; }
    public long? ServiceId { get; set; }
    public string? Category { get; set; } = SnakeCaseEnum<ProblemCategory>.Name(ProblemCategory.Reactive);
    public string? Impact { get; set; }
    public string? Status { get; set; } = SnakeCaseEnum<ProblemStatus>.Name(ProblemStatus.OnBacklog);
    public long? ManagerId { get; set; }
    public long? TeamId { get; set; }
    public long? MemberId { get; set; }
    public bool KnownError { get; set; }
    public string? Workaround { get; set; }

    /// <summary>The API's field names and the form's, for the refusals shown next to the fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["subject"] = "Form.Subject", ["service_id"] = "Form.ServiceId", ["category"] = "Form.Category", ["impact"] = "Form.Impact",
        ["status"] = "Form.Status", ["manager_id"] = "Form.ManagerId", ["team_id"] = "Form.TeamId", ["member_id"] = "Form.MemberId",
        ["known_error"] = "Form.KnownError", ["workaround"] = "Form.Workaround",
    };

    /// <summary>The form sends all of them.</summary>
    public static readonly IReadOnlySet<string> AllFields = Fields.Keys.ToHashSet(StringComparer.Ordinal);

    public ProblemInput Input => new()
    {
        Subject = Subject, ServiceId = ServiceId, Category = Category, Impact = string.IsNullOrEmpty(Impact) ? null : Impact, Status = Status,
        ManagerId = ManagerId, TeamId = TeamId, MemberId = MemberId, KnownError = KnownError, Workaround = Workaround,
    };

    public static ProblemForm Of(ProblemResponse problem) => new()
    {
        Subject = problem.Subject, ServiceId = problem.Service.Id, Category = SnakeCaseEnum<ProblemCategory>.Name(problem.Category),
        Impact = problem.Impact is { } impact ? SnakeCaseEnum<WorkImpact>.Name(impact) : null, Status = SnakeCaseEnum<ProblemStatus>.Name(problem.Status),
        ManagerId = problem.Manager?.Id, TeamId = problem.Team?.Id, MemberId = problem.Member?.Id, KnownError = problem.KnownError,
        Workaround = problem.Workaround,
    };
}

/// <summary>What the form's select lists offer: the account's services, teams, team members and people with a role.</summary>
public sealed record ProblemChoices(
    IReadOnlyList<(long Id, string Name)> Services, IReadOnlyList<(long Id, string Name)> Teams,
    IReadOnlyList<(long Id, string Name)> Members, IReadOnlyList<(long Id, string Name)> Managers)
{
    public static readonly IReadOnlyList<string> Categories = SnakeCaseEnum<ProblemCategory>.Names;
    public static readonly IReadOnlyList<string> Impacts = SnakeCaseEnum<WorkImpact>.Names;
    public static readonly IReadOnlyList<string> Statuses = SnakeCaseEnum<ProblemStatus>.Names;

    public static readonly ProblemChoices None = new([], [], [], []);

    /// <summary>The account's choices, keeping whatever the form already has (a disabled service or team, a manager past the list's end).</summary>
    public static async Task<ProblemChoices> ReadAsync(AccountChoices choices, ProblemForm form, CancellationToken cancel) => new(
        await choices.ServicesAsync(form.ServiceId, cancel), await choices.TeamsAsync(form.TeamId, cancel),
        await choices.TeamMembersAsync(cancel), await choices.PeopleWithARoleAsync(form.ManagerId, cancel));
}
