using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// How a task looks on the wire. Its team and member are named in the team's account; its workflow by the header
/// the caller may see; its phase only at home (phases are not shown to other accounts). A caller who sees the task only
/// as one of its approvers gets <see cref="ApproverFields"/> alone (ADR 29).
/// </summary>
public sealed class TaskJson(TrustdeskDbContext db, NamesInAccounts names, References references, VisibleTasks visible)
{
    /// <summary>What an approver who sees the task only as such reads of it: what they are asked to decide, nothing of who works it.</summary>
    public static readonly IReadOnlySet<string> ApproverFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "subject", "category", "status", "instructions", "workflow", "required_approvals", "account", "created_at", "updated_at",
    };

    public static readonly string[] CollectionFields =
        ["subject", "category", "status", "workflow", "team", "member", "account", "created_at", "updated_at"];

    public static readonly string[] AllFields =
    [
        "subject", "category", "status", "impact", "instructions", "workflow", "phase", "team", "member", "planned_duration",
        "required_approvals", "failure_task", "activated_at", "finished_at", "account", "source", "sourceID", "created_at", "updated_at",
    ];

    public async Task<IReadOnlyList<JsonObject>> RenderAsync(IReadOnlyList<WorkflowTask> tasks, CancellationToken cancel)
    {
        var approverOnly = db.Switches.Plants(PlantedBugs.ApproverSeesWholeTask) // TEST ONLY bug
            ? new HashSet<long>() : await visible.OnlyAsApproverAsync(tasks.Select(t => t.Id).ToList(), cancel);
        var worked = tasks.Where(t => !approverOnly.Contains(t.Id)).ToList();
        var teams = await names.TeamsAsync(worked.Where(t => t.TeamId is not null).Select(t => (t.TeamId!.Value, t.TeamAccountId!)), cancel);
        var members = await names.PeopleAsync(worked.Where(t => t.MemberId is not null).Select(t => (t.MemberId!.Value, t.TeamAccountId ?? t.AccountId)), cancel);
        var workflowIds = tasks.Select(t => t.WorkflowId).Distinct().ToList();
        var workflows = await db.Workflows.AsNoTracking().Where(w => workflowIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Subject, cancel);
        var phaseIds = worked.Select(t => t.PhaseId).OfType<long>().Distinct().ToList();
        var phases = await db.WorkflowPhases.AsNoTracking().Where(p => phaseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancel);
        await references.LoadAccountsAsync(tasks.Select(t => t.AccountId).Concat(tasks.Select(t => t.TeamAccountId).OfType<string>())
            .Concat(members.Values.Select(m => m.OwnerAccountId)), cancel);

        return tasks.Select(t =>
        {
            var json = new JsonObject
            {
                ["id"] = t.Id,
                ["subject"] = t.Subject,
                ["category"] = SnakeCaseEnum<WorkflowTaskCategory>.Name(t.Category),
                ["status"] = SnakeCaseEnum<WorkflowTaskStatus>.Name(t.Status),
                ["impact"] = t.Impact is { } impact ? SnakeCaseEnum<WorkImpact>.Name(impact) : null,
                ["instructions"] = t.Instructions,
                ["workflow"] = references.Record(t.WorkflowId, workflows.GetValueOrDefault(t.WorkflowId), t.AccountId),
                ["phase"] = t.PhaseId is long phase && phases.TryGetValue(phase, out var phaseName) ? new JsonObject { ["id"] = phase, ["name"] = phaseName } : null,
                ["team"] = t.TeamId is long team ? references.Record(team, teams.TryGetValue((team, t.TeamAccountId!), out var tn) ? tn.Name : null, t.TeamAccountId) : null,
                ["member"] = t.MemberId is long member
                    ? references.Record(member, members.TryGetValue((member, t.TeamAccountId ?? t.AccountId), out var mn) ? mn.Name : null,
                        members.TryGetValue((member, t.TeamAccountId ?? t.AccountId), out var mo) ? mo.OwnerAccountId : t.TeamAccountId)
                    : null,
                ["planned_duration"] = t.PlannedDuration,
                ["required_approvals"] = t.RequiredApprovals,
                ["failure_task"] = t.FailureTaskId is long failure ? new JsonObject { ["id"] = failure } : null,
                ["activated_at"] = ApiJson.Timestamp(t.ActivatedAt),
                ["finished_at"] = ApiJson.Timestamp(t.FinishedAt),
                ["source"] = t.Source,
                ["sourceID"] = t.SourceId,
                ["created_at"] = ApiJson.Timestamp(t.CreatedAt),
                ["updated_at"] = ApiJson.Timestamp(t.UpdatedAt),
            };
            if (references.AccountIfForeign(t.AccountId) is { } account) json["account"] = account;
            if (approverOnly.Contains(t.Id))
                foreach (var field in json.Select(p => p.Key).Where(k => !ApproverFields.Contains(k)).ToList()) json.Remove(field);
            return json;
        }).ToList();
    }

    public async Task<JsonObject> RenderAsync(WorkflowTask task, CancellationToken cancel) => (await RenderAsync([task], cancel))[0];
}
