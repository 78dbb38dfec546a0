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
        tasks.MapGet("/", (HttpRequest r, ListTaskTemplates list) => list.HandleAsync(r));
        tasks.MapGet("/{id:long}", (long id, HttpRequest r, ListTaskTemplates list) => list.GetAsync(id, r));
        tasks.MapPost("/", (HttpRequest r, SaveTaskTemplate save) => save.CreateAsync(r));
        tasks.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveTaskTemplate save) => save.UpdateAsync(id, r));

        var workflows = v1.MapGroup("/workflow_templates").WithTags("Workflow templates");
        workflows.MapGet("/", (HttpRequest r, ListWorkflowTemplates list) => list.HandleAsync(r));
        workflows.MapGet("/{id:long}", (long id, HttpRequest r, ListWorkflowTemplates list) => list.GetAsync(id, r));
        workflows.MapPost("/", (HttpRequest r, SaveWorkflowTemplate save) => save.CreateAsync(r));
        workflows.MapMethods("/{id:long}", ["PATCH", "PUT"], (long id, HttpRequest r, SaveWorkflowTemplate save) => save.UpdateAsync(id, r));

        workflows.MapGet("/{id:long}/phases", (long id, HttpRequest r, TemplatePhases phases) => phases.ListAsync(id, r));
        workflows.MapPost("/{id:long}/phases", (long id, HttpRequest r, TemplatePhases phases) => phases.CreateAsync(id, r));
        workflows.MapMethods("/{id:long}/phases/{phaseId:long}", ["PATCH", "PUT"], (long id, long phaseId, HttpRequest r, TemplatePhases phases) =>
            phases.UpdateAsync(id, phaseId, r));
        workflows.MapDelete("/{id:long}/phases/{phaseId:long}", (long id, long phaseId, HttpRequest r, TemplatePhases phases) =>
            phases.DeleteAsync(id, phaseId, r));

        workflows.MapGet("/{id:long}/task_template_relations", (long id, HttpRequest r, TaskTemplateRelations relations) => relations.ListAsync(id, r));
        workflows.MapPost("/{id:long}/task_template_relations", (long id, HttpRequest r, SaveTaskTemplateRelation save) => save.CreateAsync(id, r));
        workflows.MapMethods("/{id:long}/task_template_relations/{relationId:long}", ["PATCH", "PUT"],
            (long id, long relationId, HttpRequest r, SaveTaskTemplateRelation save) => save.UpdateAsync(id, relationId, r));
        workflows.MapDelete("/{id:long}/task_template_relations/{relationId:long}",
            (long id, long relationId, HttpRequest r, TaskTemplateRelations relations) => relations.DeleteAsync(id, relationId, r));
        return v1;
    }
}
