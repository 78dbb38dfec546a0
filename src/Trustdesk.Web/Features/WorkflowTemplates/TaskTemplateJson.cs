using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// Renders task templates as <see cref="TaskTemplateResponse"/>. Its team may be another account's (with <c>account</c>),
/// named only while the <c>tasks</c> trust stands; after that it shows its id alone. Approvers are people of the account
/// or its directory.
/// </summary>
public sealed class TaskTemplateJson(TrustdeskDbContext db, References references, TemplateTeams teams)
{
    public static readonly string[] CollectionFields = ["subject", "category", "team", "disabled"];

    public async Task<IReadOnlyList<TaskTemplateResponse>> RenderAsync(IReadOnlyList<TaskTemplate> templates, CancellationToken cancel)
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

        return templates.Select(t => new TaskTemplateResponse
        {
            Id = t.Id,
            Subject = t.Subject,
            Category = t.Category,
            Instructions = t.Instructions,
            Team = t.TeamId is long team && teamNames.TryGetValue(team, out var name)
                ? references.Ref(team, name, t.TeamAccountId)
                : references.Ref(t.TeamId, null, null),
            PlannedDuration = t.PlannedDuration,
            RequiredApprovals = t.RequiredApprovals,
            Approvers = [.. approvers[t.Id].Select(a => references.Ref(a.Id, a.Name, a.AccountId)!)],
            Disabled = t.Disabled,
            Source = t.Source,
            SourceId = t.SourceId,
            CreatedAt = t.CreatedAt,
            UpdatedAt = t.UpdatedAt,
        }).ToList();
    }

    public async Task<TaskTemplateResponse> RenderAsync(TaskTemplate template, CancellationToken cancel) => (await RenderAsync([template], cancel))[0];
}
