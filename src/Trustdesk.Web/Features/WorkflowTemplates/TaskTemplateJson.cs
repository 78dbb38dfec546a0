using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// How a task template looks on the wire. Its team may be another account's (with <c>account</c>), named only while
/// the <c>tasks</c> trust stands; after that it shows its id alone. Approvers are people of the account or its directory.
/// </summary>
public sealed class TaskTemplateJson(TrustdeskDbContext db, References references, TemplateTeams teams)
{
    public static readonly string[] CollectionFields = ["subject", "category", "team", "disabled"];
    public static readonly string[] AllFields =
    [
        "subject", "category", "instructions", "team", "planned_duration", "required_approvals", "approvers", "disabled", "source", "sourceID",
        "created_at", "updated_at",
    ];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<TaskTemplate> templates, CancellationToken cancel)
    {
        var teamNames = await teams.NamesAsync(
            templates.Where(t => t.TeamId is not null && t.TeamAccountId is not null).Select(t => (t.TeamId!.Value, t.TeamAccountId!)), cancel);
        var ids = templates.Select(t => t.Id).ToList();
        var approvers = (await (
                from approver in db.TaskTemplateApprovers.AsNoTracking()
                where ids.Contains(approver.TaskTemplateId)
                join person in db.People.AsNoTracking() on approver.PersonId equals person.Id
                select new { approver.TaskTemplateId, person.Id, person.Name, person.AccountId }).ToListAsync(cancel))
            .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id)
            .ToLookup(a => a.TaskTemplateId);
        await references.LoadAccountsAsync(
            templates.Select(t => t.TeamAccountId).OfType<string>().Concat(approvers.SelectMany(a => a).Select(a => a.AccountId)), cancel);

        return templates.Select(t => new JsonObject
        {
            ["id"] = t.Id,
            ["subject"] = t.Subject,
            ["category"] = SnakeCaseEnum<WorkflowTaskCategory>.Name(t.Category),
            ["instructions"] = t.Instructions,
            ["team"] = t.TeamId is long team && teamNames.TryGetValue(team, out var name)
                ? references.Record(team, name, t.TeamAccountId)
                : references.Record(t.TeamId, null, null),
            ["planned_duration"] = t.PlannedDuration,
            ["required_approvals"] = t.RequiredApprovals,
            ["approvers"] = new JsonArray([.. approvers[t.Id].Select(a => (JsonNode?)references.Record(a.Id, a.Name, a.AccountId))]),
            ["disabled"] = t.Disabled,
            ["source"] = t.Source,
            ["sourceID"] = t.SourceId,
            ["created_at"] = ApiJson.Timestamp(t.CreatedAt),
            ["updated_at"] = ApiJson.Timestamp(t.UpdatedAt),
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(TaskTemplate template, CancellationToken cancel) => (await RenderAsync([template], cancel))[0];
}
