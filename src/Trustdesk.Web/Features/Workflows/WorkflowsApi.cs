namespace Trustdesk.Web.Features.Workflows;

/// <summary>
/// <c>/v1/workflows</c> and <c>/v1/tasks</c> (product.md §6). Every read goes through the task visibility rule of the
/// data layer (a task of another account's team is seen there once activated, across a <c>tasks</c> trust; the
/// workflow's header with it), enforced again by PostgreSQL row-level security.
/// </summary>
public static class WorkflowsApi
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services) => services
        .AddScoped<WorkflowJson>()
        .AddScoped<TaskJson>()
        .AddScoped<TaskApprovalJson>()
        .AddScoped<WorkflowProgression>()
        .AddScoped<AnswerApproval>()
        .AddScoped<WorkflowFromTemplate>()
        .AddScoped<SaveWorkflow>()
        .AddScoped<VisibleTasks>()
        .AddScoped<ListWorkflows>()
        .AddScoped<ListTasks>()
        .AddScoped<AddTask>()
        .AddScoped<UpdateTask>()
        .AddScoped<WorkNotes>();

    public static void MapWorkflowsApi(this RouteGroupBuilder v1)
    {
        var workflows = v1.MapGroup("/workflows").WithTags("Workflows");
        workflows.MapGet("/", (HttpRequest r, ListWorkflows list) => list.ListAsync(r, null));
        foreach (var filter in ListWorkflows.Predefined.Keys)
            workflows.MapGet($"/{filter}", (HttpRequest r, ListWorkflows list) => list.ListAsync(r, filter));
        workflows.MapGet("/{id:long}", (long id, HttpRequest r, ListWorkflows list) => list.GetAsync(id, r));
        workflows.MapPost("/", (HttpRequest r, SaveWorkflow save) => save.CreateAsync(r));
        workflows.MapPatch("/{id:long}", (long id, HttpRequest r, SaveWorkflow save) => save.UpdateAsync(id, r));
        workflows.MapGet("/{id:long}/tasks", (long id, HttpRequest r, ListWorkflows list) => list.TasksAsync(id, r));
        workflows.MapGet("/{id:long}/phases", (long id, HttpRequest r, ListWorkflows list) => list.PhasesAsync(id, r));
        workflows.MapGet("/{id:long}/requests", (long id, HttpRequest r, ListWorkflows list) => list.RequestsAsync(id, r));
        workflows.MapGet("/{id:long}/notes", (long id, HttpRequest r, WorkNotes notes) => notes.ListForWorkflowAsync(id, r));
        workflows.MapPost("/{id:long}/notes", (long id, HttpRequest r, WorkNotes notes) => notes.AddToWorkflowAsync(id, r));

        var tasks = v1.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/", (HttpRequest r, ListTasks list) => list.ListAsync(r, null));
        foreach (var filter in ListTasks.Predefined.Keys)
            tasks.MapGet($"/{filter}", (HttpRequest r, ListTasks list) => list.ListAsync(r, filter));
        tasks.MapGet("/{id:long}", (long id, HttpRequest r, ListTasks list) => list.GetAsync(id, r));
        tasks.MapPost("/", (HttpRequest r, AddTask add) => add.HandleAsync(r));
        tasks.MapPatch("/{id:long}", (long id, HttpRequest r, UpdateTask update) => update.HandleAsync(id, r));
        tasks.MapGet("/{id:long}/notes", (long id, HttpRequest r, WorkNotes notes) => notes.ListForTaskAsync(id, r));
        tasks.MapPost("/{id:long}/notes", (long id, HttpRequest r, WorkNotes notes) => notes.AddToTaskAsync(id, r));
        tasks.MapGet("/{id:long}/approvals", (long id, HttpRequest r, ListTasks list) => list.ApprovalsAsync(id, r));
        tasks.MapGet("/{id:long}/predecessors", (long id, HttpRequest r, ListTasks list) => list.NeighboursAsync(id, r, predecessors: true));
        tasks.MapGet("/{id:long}/successors", (long id, HttpRequest r, ListTasks list) => list.NeighboursAsync(id, r, predecessors: false));
    }
}
