using Trustdesk.Web.Tests.Infrastructure;

namespace Trustdesk.Web.Tests.Features.WorkflowTemplates;

/// <summary>
/// Two calls changing one template's dependency graph at the same moment: each alone is fine, together they would
/// close a cycle. The template's version lets exactly one of them through.
/// </summary>
public sealed class TemplateConcurrencyTests
{
    private const int Rounds = 5;
    private static readonly TestWorld World = TestWorld.Shared;

    [Fact]
    public async Task Two_simultaneous_predecessor_changes_that_together_make_a_cycle_leave_one_edge()
    {
        var account = await World.SupportDomainAsync();
        var task = await account.AddTaskTemplateAsync();
        var second = account.Owner.As(await account.NewOwnerTokenAsync());

        for (var round = 0; round < Rounds; round++)
        {
            var template = await account.AddWorkflowTemplateAsync();
            var phase = await account.AddPhaseAsync(template, "Only");
            var a = await account.AddRelationAsync(template, task, phase);
            var b = await account.AddRelationAsync(template, task, phase);
            var relations = $"/v1/workflow_templates/{template}/task_template_relations";

            var answers = await Task.WhenAll(
                account.Owner.PatchAsync($"{relations}/{a}", new { predecessor_ids = new[] { b } }),
                second.PatchAsync($"{relations}/{b}", new { predecessor_ids = new[] { a } }));

            var summary = $"round {round}: {string.Join(" | ", answers.Select(x => $"{x.Status} {x.Text}"))}";
            Assert.True(answers.Count(x => x.Status == 200) == 1, summary);
            var loser = answers.Single(x => x.Status != 200);
            Answers.AssertErrorShape(loser);
            Assert.True(loser.Status is 409 or 422, summary);
            if (loser.Status == 422) loser.ExpectInvalid("predecessor_ids");

            var listed = (await account.Owner.GetAsync(relations)).Expect(200);
            Assert.Equal(1, listed.Items.Sum(item => item!["predecessors"]!.AsArray().Count));
        }
    }
}
