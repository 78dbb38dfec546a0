using Trustdesk.Web.Api.Contracts;

namespace Trustdesk.Web.Features.WorkflowTemplates;

/// <summary>
/// Task templates and workflow templates (with their phases and task template relations), the building blocks of
/// workflows (product.md §6). Read with a role in the account; written by administrators and workflow managers.
/// </summary>
public static class WorkflowTemplatesApi
{
    public static IServiceCollection AddWorkflowTemplates(this IServiceCollection services) => services
        .AddScoped<TemplateWrites>()
        .AddScoped<TemplateTeams>()
        .AddScoped<TaskTemplateJson>()
        .AddScoped<ListTaskTemplates>()
        .AddScoped<SaveTaskTemplate>()
        .AddScoped<WorkflowTemplateJson>()
        .AddScoped<ListWorkflowTemplates>()
        .AddScoped<SaveWorkflowTemplate>()
        .AddScoped<PhaseJson>()
        .AddScoped<TemplatePhases>()
        .AddScoped<RelationJson>()
        .AddScoped<TaskTemplateRelations>()
        .AddScoped<SaveTaskTemplateRelation>();

    public static RouteGroupBuilder MapWorkflowTemplatesApi(this RouteGroupBuilder v1)
    {
        var tasks = v1.MapGroup("/task_templates").WithTags("Task templates");
        tasks.MapGet("/", (HttpRequest r, ListTaskTemplates list) => list.HandleAsync(r))
            .Lists<TaskTemplateResponse>("The account's task templates");
        tasks.MapGet("/{id:long}", (long id, HttpRequest r, ListTaskTemplates list) => list.GetAsync(id, r))
            .Reads<TaskTemplateResponse>("A task template");
        tasks.MapPost("/", (HttpRequest r, SaveTaskTemplate save) => save.CreateAsync(r))
            .Creates<TaskTemplateInput, TaskTemplateResponse>("Register a task template (administrators and workflow managers)");
        tasks.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveTaskTemplate save) => save.UpdateAsync(id, r))
            .Updates<TaskTemplateInput, TaskTemplateResponse>("Change a task template's fields; approver_ids replaces its approvers "
                + "(administrators and workflow managers)");

        var workflows = v1.MapGroup("/workflow_templates").WithTags("Workflow templates");
        workflows.MapGet("/", (HttpRequest r, ListWorkflowTemplates list) => list.HandleAsync(r))
            .Lists<WorkflowTemplateResponse>("The account's workflow templates");
        workflows.MapGet("/{id:long}", (long id, HttpRequest r, ListWorkflowTemplates list) => list.GetAsync(id, r))
            .Reads<WorkflowTemplateResponse>("A workflow template (its phases and task template relations are collections under it)");
        workflows.MapPost("/", (HttpRequest r, SaveWorkflowTemplate save) => save.CreateAsync(r))
            .Creates<WorkflowTemplateInput, WorkflowTemplateResponse>("Register a workflow template (administrators and workflow managers)");
        workflows.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveWorkflowTemplate save) => save.UpdateAsync(id, r))
            .Updates<WorkflowTemplateInput, WorkflowTemplateResponse>("Change a workflow template's fields (administrators and workflow managers)");

        workflows.MapGet("/{id:long}/phases", (long id, HttpRequest r, TemplatePhases phases) => phases.ListAsync(id, r))
            .ListsUnder<WorkflowTemplatePhaseResponse>("The workflow template's phases, in order");
        workflows.MapPost("/{id:long}/phases", (long id, HttpRequest r, TemplatePhases phases) => phases.CreateAsync(id, r))
            .Creates<PhaseInput, WorkflowTemplatePhaseResponse>("Add a phase to a workflow template, last unless placed (administrators and workflow managers)");
        workflows.MapMethods("/{id:long}/phases/{phaseId:long}", ["PATCH", "PUT"], (long id, long phaseId, HttpRequest r, TemplatePhases phases) =>
            phases.UpdateAsync(id, phaseId, r))
            .Updates<PhaseInput, WorkflowTemplatePhaseResponse>("Rename or move a phase of a workflow template (administrators and workflow managers)");
        workflows.MapDelete("/{id:long}/phases/{phaseId:long}", (long id, long phaseId, HttpRequest r, TemplatePhases phases) =>
            phases.DeleteAsync(id, phaseId, r))
            .Removes("Remove a phase of a workflow template that no task template relation uses (administrators and workflow managers)")
            .Refuses(StatusCodes.Status422UnprocessableEntity);

        workflows.MapGet("/{id:long}/task_template_relations", (long id, HttpRequest r, TaskTemplateRelations relations) => relations.ListAsync(id, r))
            .ListsUnder<TaskTemplateRelationResponse>("The workflow template's task template relations, phase by phase");
        workflows.MapPost("/{id:long}/task_template_relations", (long id, HttpRequest r, SaveTaskTemplateRelation save) => save.CreateAsync(id, r))
            .Creates<RelationInput, TaskTemplateRelationResponse>("Place a task template in a phase of the workflow template, with the relations "
                + "it waits for and the one activated when it fails (administrators and workflow managers)");
        workflows.MapMethods("/{id:long}/task_template_relations/{relationId:long}", ["PATCH", "PUT"],
            (long id, long relationId, HttpRequest r, SaveTaskTemplateRelation save) => save.UpdateAsync(id, relationId, r))
            .Updates<RelationInput, TaskTemplateRelationResponse>("Move a task template relation, or change what it waits for; predecessor_ids "
                + "replaces them, and a dependency cycle is refused (administrators and workflow managers)");
        workflows.MapDelete("/{id:long}/task_template_relations/{relationId:long}",
            (long id, long relationId, HttpRequest r, TaskTemplateRelations relations) => relations.DeleteAsync(id, relationId, r))
            .Removes("Remove a task template relation that no other relation waits for or names as its failure relation "
                + "(administrators and workflow managers)")
            .Refuses(StatusCodes.Status422UnprocessableEntity);
        return v1;
    }
}
