using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Stamping;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Features.Workflows;

namespace Trustdesk.Web.Demo;

/// <summary>
/// Demo workflows of the reference scenario (product.md §6 and §10), built by the same code as the API:
/// <list type="bullet">
/// <item>In widget-hr, the onboarding template — a manager approval, then a contract (HR), an Active Directory account
/// (a team of widget-cc) and a desk (widget-facilities), then a welcome (HR) — and one onboarding built from it,
/// waiting for the manager's approval, so neither IT nor Facilities sees anything of it yet.</item>
/// <item>In widget-it-nl, a country workflow whose first task is done, so the competence center's task is active
/// and widget-cc sees it (with the workflow's header) in its inbox.</item>
/// </list>
/// Loaded once: an account that already has the template or workflow is left alone.
/// </summary>
public sealed class WorkflowsLoader(TrustdeskDbContext db, WorkflowFromTemplate fromTemplate, WorkflowProgression progression, TimeProvider time)
{
    public const string OnboardingTemplate = "Onboarding a new employee";
    public const string Onboarding = "Onboarding of Emma Bakker";
    public const string CountryWorkflow = "Move NL file shares to the new domain";
    public const string CompetenceCenterTask = "Extend the Active Directory schema for NL";
    private const string HrManager = "hannah.reed@widget.example";
    private const string NlAnalyst = "nick.jansen@widget.example";

    public async Task LoadAsync(Func<Account, Func<Task>, Task> inAccount, CancellationToken cancel)
    {
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancel);
        var people = new Dictionary<string, long>();
        await inAccount(accounts[ReferenceScenario.Directory], async () =>
        {
            foreach (var p in await db.People.Where(p => p.PrimaryEmailKey == HrManager || p.PrimaryEmailKey == NlAnalyst)
                .Select(p => new { p.Id, p.PrimaryEmailKey }).ToListAsync(cancel))
                people[p.PrimaryEmailKey] = p.Id;
        });
        var teams = new Dictionary<string, (long Id, string AccountId)>();
        foreach (var account in new[] { "widget-hr", "widget-cc", "widget-facilities", "widget-it-nl" })
            await inAccount(accounts[account], async () =>
            {
                foreach (var team in await db.Teams.Select(t => new { t.Id, t.Name, t.AccountId }).ToListAsync(cancel))
                    teams[team.Name] = (team.Id, team.AccountId);
            });

        await inAccount(accounts["widget-hr"], () => LoadOnboardingAsync(teams, people[HrManager], cancel));
        await inAccount(accounts["widget-it-nl"], () => LoadCountryWorkflowAsync(teams, people[NlAnalyst], cancel));
    }

    private async Task LoadOnboardingAsync(Dictionary<string, (long Id, string AccountId)> teams, long manager, CancellationToken cancel)
    {
        if (await db.WorkflowTemplates.AnyAsync(t => t.Subject == OnboardingTemplate, cancel)) return;
        var template = new WorkflowTemplate { Subject = OnboardingTemplate, Category = WorkflowCategory.Standard, Impact = WorkImpact.Low };
        db.WorkflowTemplates.Add(template);
        await db.SaveChangesAsync(cancel);
        var phases = new[] { "Approval", "Preparation", "First day" }
            .Select((name, i) => new WorkflowTemplatePhase { WorkflowTemplateId = template.Id, Name = name, Position = i + 1 }).ToList();
        db.WorkflowTemplatePhases.AddRange(phases);

        TaskTemplate Task(string subject, WorkflowTaskCategory category, string team, int minutes) => new()
        {
            Subject = subject, Category = category, TeamId = teams[team].Id, TeamAccountId = teams[team].AccountId, PlannedDuration = minutes,
            RequiredApprovals = category == WorkflowTaskCategory.Approval ? 1 : null,
        };
        var approval = Task("Approve the hiring", WorkflowTaskCategory.Approval, "HR Service Center", 30);
        var contract = Task("Prepare the employment contract", WorkflowTaskCategory.Implementation, "HR Service Center", 60);
        var account = Task("Create the Active Directory account", WorkflowTaskCategory.Implementation, "Active Directory", 30);
        var desk = Task("Prepare a desk", WorkflowTaskCategory.Implementation, "Facilities Desk", 60);
        var welcome = Task("Welcome the new employee", WorkflowTaskCategory.Implementation, "HR Service Center", 60);
        db.TaskTemplates.AddRange(approval, contract, account, desk, welcome);
        await db.SaveChangesAsync(cancel);
        db.TaskTemplateApprovers.Add(new TaskTemplateApprover { TaskTemplateId = approval.Id, PersonId = manager });

        var placed = new Dictionary<TaskTemplate, TaskTemplateRelation>();
        foreach (var (task, phase, position) in new[] { (approval, 0, 1), (contract, 1, 1), (account, 1, 2), (desk, 1, 3), (welcome, 2, 1) })
            placed[task] = new TaskTemplateRelation { WorkflowTemplateId = template.Id, PhaseId = phases[phase].Id, TaskTemplateId = task.Id, Position = position };
        db.TaskTemplateRelations.AddRange(placed.Values);
        await db.SaveChangesAsync(cancel);
        foreach (var (from, to) in new[] { (approval, contract), (approval, account), (approval, desk), (contract, welcome), (account, welcome), (desk, welcome) })
            db.TaskTemplateDependencies.Add(new TaskTemplateDependency
                { WorkflowTemplateId = template.Id, PredecessorRelationId = placed[from].Id, SuccessorRelationId = placed[to].Id });
        await db.SaveChangesAsync(cancel);

        var workflow = new Workflow { Subject = Onboarding, Category = template.Category, Impact = template.Impact, ManagerId = manager, TemplateId = template.Id };
        db.Workflows.Add(workflow);
        await db.SaveChangesAsync(cancel);
        if (await fromTemplate.InstantiateAsync(workflow, template.Id, cancel) is { } refusal)
            throw new InvalidOperationException($"The onboarding template of the reference scenario did not instantiate: {refusal}");
        await progression.AdvanceAsync(workflow.Id, workflow.AccountId, cancel);
    }

    private async Task LoadCountryWorkflowAsync(Dictionary<string, (long Id, string AccountId)> teams, long manager, CancellationToken cancel)
    {
        if (await db.Workflows.AnyAsync(w => w.Subject == CountryWorkflow, cancel)) return;
        var workflow = new Workflow { Subject = CountryWorkflow, Category = WorkflowCategory.Standard, Impact = WorkImpact.Medium, ManagerId = manager };
        db.Workflows.Add(workflow);
        await db.SaveChangesAsync(cancel);
        var inventory = new WorkflowTask
        {
            WorkflowId = workflow.Id, Subject = "Inventory the NL file shares", TeamId = teams["Workplace NL"].Id, TeamAccountId = "widget-it-nl",
            Status = WorkflowTaskStatus.Completed, ActivatedAt = time.UtcNowToTheSecond(), FinishedAt = time.UtcNowToTheSecond(),
        };
        var schema = new WorkflowTask { WorkflowId = workflow.Id, Subject = CompetenceCenterTask, TeamId = teams["Active Directory"].Id, TeamAccountId = "widget-cc" };
        var move = new WorkflowTask { WorkflowId = workflow.Id, Subject = "Move the shares", TeamId = teams["Workplace NL"].Id, TeamAccountId = "widget-it-nl" };
        db.WorkflowTasks.AddRange(inventory, schema, move);
        await db.SaveChangesAsync(cancel);
        db.TaskDependencies.AddRange(
            new TaskDependency { WorkflowId = workflow.Id, PredecessorId = inventory.Id, SuccessorId = schema.Id },
            new TaskDependency { WorkflowId = workflow.Id, PredecessorId = schema.Id, SuccessorId = move.Id });
        await progression.AdvanceAsync(workflow.Id, workflow.AccountId, cancel);
    }
}
