namespace Trustdesk.Web.Tests.Golden.Script;

/// <summary>
/// Task and workflow templates of <c>widget-hr</c> (Hannah's): the scenario's onboarding template with its phases and
/// task template relations, and here a badge template built and taken apart again. <c>widget-it-nl</c>'s templates,
/// made here by its owner (made workflow manager there to do so), stand for another account's.
/// </summary>
public sealed class TemplateCalls(GoldenRecorder r, ScenarioRecords s) : IGoldenPart
{
    private static readonly GoldenCaller Hannah = Callers.Hannah;
    private static readonly GoldenCaller Nl = Callers.Wendy.In("widget-it-nl");

    private long _nlTask;
    private long _nlWorkflow;

    public async Task SetUpAsync()
    {
        await r.PostAsync(Nl, $"/v1/people/{s.Wendy}/permissions/widget-it-nl?roles=workflow_manager");
        _nlTask = (await r.PostAsync(Nl, "/v1/task_templates", new { subject = "Image a laptop", category = "implementation", team_id = s.WorkplaceNl, planned_duration = 45 })).Id;
        _nlWorkflow = (await r.PostAsync(Nl, "/v1/workflow_templates", new { subject = "New laptop", category = "standard", impact = "low" })).Id;
    }

    public async Task ReadAsync()
    {
        await r.CollectionAsync(Hannah, "/v1/task_templates", "subject,category,team", "-subject", "category=approval");
        await r.RecordAsync(Hannah, $"/v1/task_templates/{s.WelcomeTemplate}", $"/v1/task_templates/{_nlTask}");
        await r.CollectionAsync(Hannah, "/v1/workflow_templates", "subject,impact", "-id", "disabled=false");
        var onboarding = $"/v1/workflow_templates/{s.OnboardingTemplate}";
        await r.RecordAsync(Hannah, onboarding, $"/v1/workflow_templates/{_nlWorkflow}");
        await r.CollectionAsync(Hannah, $"{onboarding}/phases", "name,position", "-position", "name=Preparation");
        await r.GetAsync(Hannah, $"/v1/workflow_templates/{_nlWorkflow}/phases");
        await r.CollectionAsync(Hannah, $"{onboarding}/task_template_relations", "task_template,phase,position", "-id", $"task_template_id={s.WelcomeTemplate}");
        await r.GetAsync(Hannah, $"/v1/workflow_templates/{_nlWorkflow}/task_template_relations");
    }

    public async Task WriteAsync()
    {
        var order = await r.CreatesAsync(Hannah, "/v1/task_templates",
            new { subject = "Order a badge", category = "implementation", team_id = s.HrServiceCenter, planned_duration = 15, instructions = "At the front desk" },
            new { subject = "", category = "approval", required_approvals = 0, approver_ids = new[] { s.Pieter }, team_id = s.PrinterEngineers });
        var approve = await r.PostAsync(Hannah, "/v1/task_templates",
            new { subject = "Approve the badge", category = "approval", team_id = s.HrServiceCenter, planned_duration = 5, required_approvals = 1, approver_ids = new[] { s.Hannah } });
        await r.PostAsync(Callers.Chris, "/v1/task_templates", new { subject = "Not allowed", category = "implementation" });
        var taskPath = $"/v1/task_templates/{order.Id()}";
        await r.UpdatesAsync(Hannah, HttpMethod.Patch, taskPath, new { planned_duration = 20 }, new { category = "magic", planned_duration = -1 }, $"/v1/task_templates/{_nlTask}");
        await r.UpdatesAsync(Hannah, HttpMethod.Put, taskPath, new { subject = "Order a badge", instructions = "At the front desk, ground floor" },
            new { team_id = Steps.MissingId }, $"/v1/task_templates/{_nlTask}");

        var badge = await r.CreatesAsync(Hannah, "/v1/workflow_templates",
            new { subject = "Badge request", category = "standard", impact = "low", justification = "expansion" },
            new { subject = "", category = "weird", impact = "huge" });
        var path = $"/v1/workflow_templates/{badge.Id()}";
        await r.UpdatesAsync(Hannah, HttpMethod.Patch, path, new { impact = "medium" }, new { subject = new string('x', 300) }, $"/v1/workflow_templates/{_nlWorkflow}");
        await r.UpdatesAsync(Hannah, HttpMethod.Put, path, new { subject = "Badge request", disabled = false }, new { category = "" }, $"/v1/workflow_templates/{_nlWorkflow}");

        var (first, second) = await PhasesAsync(path);
        await RelationsAsync(path, approve.Id, order.Id, first, second);
        await r.DeleteAsync(Hannah, $"{path}/phases/{second}");
        await r.DeleteAsync(Hannah, $"{path}/phases/{second}");
        await r.DeleteAsync(Hannah, $"/v1/workflow_templates/{_nlWorkflow}/phases/{first}");
        await r.GetAsync(Hannah, $"{path}/phases");
    }

    private async Task<(long First, long Second)> PhasesAsync(string template)
    {
        var phases = $"{template}/phases";
        var first = await r.CreatesAsync(Hannah, phases, new { name = "Approval", position = 1 }, new { name = "", position = -1 });
        var second = (await r.PostAsync(Hannah, phases, new { name = "Delivery", position = 2 })).Id;
        await r.PostAsync(Hannah, $"/v1/workflow_templates/{_nlWorkflow}/phases", new { name = "Not mine", position = 1 });
        foreach (var method in new[] { HttpMethod.Patch, HttpMethod.Put })
            await r.UpdatesAsync(Hannah, method, $"{phases}/{first.Id()}", new { name = $"Approval ({method.Method})" }, new { name = "", position = 0 },
                $"/v1/workflow_templates/{_nlWorkflow}/phases/{first.Id()}");
        return (first.Id, second);
    }

    /// <summary>The approval in the first phase, the order after it in the second; a cycle refused; moved, then the order removed.</summary>
    private async Task RelationsAsync(string template, long approve, long order, long first, long second)
    {
        var relations = $"{template}/task_template_relations";
        var approval = await r.CreatesAsync(Hannah, relations, new { task_template_id = approve, phase_id = first, position = 1 },
            new { task_template_id = Steps.MissingId, phase_id = Steps.MissingId, position = 0 });
        var delivery = await r.PostAsync(Hannah, relations, new { task_template_id = order, phase_id = second, position = 1, predecessor_ids = new[] { approval.Id } });
        await r.PostAsync(Hannah, $"/v1/workflow_templates/{_nlWorkflow}/task_template_relations", new { task_template_id = _nlTask, position = 1 });
        foreach (var method in new[] { HttpMethod.Patch, HttpMethod.Put })
        {
            await r.UpdatesAsync(Hannah, method, $"{relations}/{delivery.Id()}", new { position = method == HttpMethod.Patch ? 2 : 1 },
                new { position = 0, task_template_id = Steps.MissingId }, $"/v1/workflow_templates/{_nlWorkflow}/task_template_relations/{delivery.Id()}");
            await r.SendAsync(Hannah, method, $"{relations}/{approval.Id()}", $$"""{"predecessor_ids":[{{delivery.Id()}}]}""");
        }
        await r.GetAsync(Hannah, relations);
        await r.DeleteAsync(Hannah, $"{relations}/{delivery.Id()}");
        await r.DeleteAsync(Hannah, $"{relations}/{delivery.Id()}");
        await r.DeleteAsync(Hannah, $"/v1/workflow_templates/{_nlWorkflow}/task_template_relations/{approval.Id()}");
    }
}
