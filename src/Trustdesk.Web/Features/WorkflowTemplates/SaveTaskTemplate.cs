using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// Registers and updates task templates. The team is one of this account or of an account it trusts with
/// <c>tasks</c>; approvers and a required number of approvals belong to approval tasks only, and the number never
/// exceeds the approvers (<see cref="Approvals.RequiredApprovalsRefusal"/>). The effective record is checked as a
/// whole, so a change of category can't leave approvers behind on a task that takes none.
/// </summary>
public sealed class SaveTaskTemplate(TrustdeskDbContext db, TaskTemplateJson json, RecordWrites writes, TemplateWrites templateWrites, TemplateTeams teams)
{
    public const string UnknownApprovers = "must be people of this account or its directory";

    /// <summary>The approvers sent (without repeats), or null when the call leaves them as they are.</summary>
    private List<long>? _approverIds;

    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        templateWrites.CreateAsync<TaskTemplate, TaskTemplateInput, TaskTemplateResponse>(request, new TaskTemplate(), ApplyAsync,
            (template, cancel) => ReplaceApproversAsync(template, created: true, cancel), json.RenderAsync);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<TaskTemplate, TaskTemplateInput, TaskTemplateResponse>(request,
            await db.TaskTemplates.FirstOrDefaultAsync(t => t.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync,
            TemplateWriters.Write);

    private async Task<ApiResult?> ApplyAsync(TaskTemplate template, JsonBody<TaskTemplateInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("subject")) check.Text("subject", input.Subject, Limits.Name, required: true);
        check.Text("instructions", input.Instructions, Limits.NoteText)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code);
        var category = TemplateFields.Enum<TaskTemplateInput, WorkflowTaskCategory>(check, body, creating, required: true, "category", input.Category);
        TemplateFields.Required(check, body, creating, "planned_duration", input.PlannedDuration);
        TemplateFields.AtLeast(check, "planned_duration", input.PlannedDuration, 0);
        TemplateFields.AtLeast(check, "required_approvals", input.RequiredApprovals, 1);
        if (!check.IsValid) return check.Result;

        string? teamAccountId = null;
        if (input.TeamId is long teamId)
        {
            if (await teams.FindAsync(teamId, cancel) is { } team) teamAccountId = team.AccountId;
            else check.Add("team_id", TemplateTeams.Unknown);
        }
        if (body.Has("approver_ids"))
        {
            _approverIds = (input.ApproverIds ?? []).Distinct().ToList();
            var ids = _approverIds;
            if (await db.People.CountAsync(p => ids.Contains(p.Id), cancel) != ids.Count) check.Add("approver_ids", UnknownApprovers);
        }
        if (!check.IsValid) return check.Result;

        // The effective record after this change, checked as a whole.
        var effectiveCategory = category ?? template.Category;
        var requiredApprovals = body.Has("required_approvals") ? input.RequiredApprovals : template.RequiredApprovals;
        var approverCount = _approverIds?.Count
            ?? (creating ? 0 : await db.TaskTemplateApprovers.CountAsync(a => a.TaskTemplateId == template.Id, cancel));
        if (effectiveCategory != WorkflowTaskCategory.Approval)
        {
            if (approverCount > 0) check.Add("approver_ids", "can only be named on approval tasks");
            if (requiredApprovals is not null) check.Add("required_approvals", "can only be set on approval tasks");
        }
        else if (Approvals.RequiredApprovalsRefusal(requiredApprovals, approverCount) is { } refusal)
        {
            check.Add("required_approvals", refusal);
        }
        if (!check.IsValid) return check.Result;

        if (body.Has("subject")) template.Subject = input.Subject!.Trim();
        if (category is { } newCategory) template.Category = newCategory;
        if (body.Has("instructions")) template.Instructions = input.Instructions;
        if (body.Has("team_id"))
        {
            template.TeamId = input.TeamId;
            template.TeamAccountId = teamAccountId;
        }
        if (body.Has("planned_duration")) template.PlannedDuration = input.PlannedDuration;
        if (body.Has("required_approvals")) template.RequiredApprovals = input.RequiredApprovals;
        if (body.Has("disabled")) template.Disabled = input.Disabled ?? false;
        if (body.Has("source")) template.Source = input.Source;
        if (body.Has("sourceID")) template.SourceId = input.SourceId;
        // A new template gets its approvers once it has an id (TemplateWrites); an existing one here.
        if (!creating) await ReplaceApproversAsync(template, created: false, cancel);
        return null;
    }

    private async Task ReplaceApproversAsync(TaskTemplate template, bool created, CancellationToken cancel)
    {
        if (_approverIds is not { } wanted) return;
        var current = await db.TaskTemplateApprovers.Where(a => a.TaskTemplateId == template.Id).ToListAsync(cancel);
        var removed = current.Where(a => !wanted.Contains(a.PersonId)).ToList();
        var added = wanted.Except(current.Select(a => a.PersonId)).ToList();
        db.TaskTemplateApprovers.RemoveRange(removed);
        db.TaskTemplateApprovers.AddRange(added.Select(personId => new TaskTemplateApprover { TaskTemplateId = template.Id, PersonId = personId }));
        if (!created && removed.Count + added.Count > 0) templateWrites.Touch(template);
    }
}
