using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// Which tasks and workflows the caller may read, the one answer of <c>GET /v1/tasks/:id</c>, <c>GET /v1/workflows/:id</c>,
/// their lists and the live events about them. Reading them needs a role in the account; the data layer decides the
/// rest (product.md §6): a task is seen in its own account, and in the account of its team once activated while the
/// workflow's account trusts that account with <c>tasks</c>; a workflow's header wherever one of its tasks is.
/// </summary>
public sealed class VisibleTasks(TrustdeskDbContext db, Caller caller)
{
    public IQueryable<WorkflowTask> Query() =>
        caller.HasAnyRole || db.Switches.Plants(PlantedBugs.TasksWithoutRole) /* TEST ONLY bug */ ? db.WorkflowTasks.AsNoTracking() : db.WorkflowTasks.AsNoTracking().Where(_ => false);

    public IQueryable<Workflow> Workflows() =>
        caller.HasAnyRole ? db.Workflows.AsNoTracking() : db.Workflows.AsNoTracking().Where(_ => false);
}
