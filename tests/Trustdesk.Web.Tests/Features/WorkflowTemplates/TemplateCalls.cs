using System.Text.Json.Nodes;
using Trustdesk.Web.Tests.Features.Trusts;
using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary>The calls the template tests share: records made as an account's owner, trusts, and snapshots for refusals.</summary>
internal static class TemplateCalls
{
    public static async Task<long> AddTaskTemplateAsync(this Tenant account, string subject = "Prepare laptop", string category = "implementation",
        object? more = null)
    {
        var body = new Dictionary<string, object?> { ["subject"] = subject, ["category"] = category, ["planned_duration"] = 30 };
        if (more is not null)
            foreach (var (name, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(more))!.AsObject())
                body[name] = value?.DeepClone();
        return (await account.CreateAsync("/v1/task_templates", body))["id"]!.GetValue<long>();
    }

    public static async Task<long> AddWorkflowTemplateAsync(this Tenant account, string subject = "Onboarding") =>
        (await account.CreateAsync("/v1/workflow_templates", new { subject }))["id"]!.GetValue<long>();

    public static async Task<long> AddPhaseAsync(this Tenant account, long template, string name, int? position = null) =>
        (await account.CreateAsync($"/v1/workflow_templates/{template}/phases", new { name, position }))["id"]!.GetValue<long>();

    public static async Task<long> AddRelationAsync(this Tenant account, long template, long taskTemplate, long phase, params long[] predecessors) =>
        (await account.CreateAsync($"/v1/workflow_templates/{template}/task_template_relations",
            new { task_template_id = taskTemplate, phase_id = phase, predecessor_ids = predecessors }))["id"]!.GetValue<long>();

    /// <summary>
    /// A trust from <paramref name="customer"/> to <paramref name="provider"/> with <paramref name="options"/>, invited
    /// by the customer and, unless <paramref name="accept"/> is false, accepted by the provider; returns its id.
    /// </summary>
    public static async Task<long> TrustAsync(Tenant customer, Tenant provider, string[] options, bool accept = true)
    {
        var id = (await TrustCalls.InviteAsync(customer.Owner, customer.Id, provider.Id, options)).Expect(201).Id;
        if (accept) (await TrustCalls.StepAsync(provider.Owner, id, "accept")).Expect(200);
        return id;
    }

    /// <summary>
    /// Everything <paramref name="reader"/> reads at <paramref name="paths"/> (bodies and ETags), so equal snapshots
    /// before and after a refused call show it wrote nothing.
    /// </summary>
    public static async Task<string> SnapshotAsync(ApiClient reader, params string[] paths)
    {
        var parts = new List<string>();
        foreach (var path in paths)
        {
            var answer = (await reader.GetAsync(path)).Expect(200);
            parts.Add($"{path} {answer.Header("ETag")} {answer.Header("X-Pagination-Total-Entries")} {answer.Text}");
        }
        return string.Join("\n", parts);
    }

    public static List<long> RefIds(this JsonNode node, string member) =>
        node[member]!.AsArray().Select(item => item!.Number("id")).ToList();
}
