using System.Text.Json.Nodes;
using Trustdesk.Web.Pages.Portal;

namespace Trustdesk.Web.Pages.Console.Tasks;

/// <summary>A task as the console lists and shows it, read from the API's rendering (<c>TaskJson</c>).</summary>
public sealed record TaskLine(
    long Id, string Subject, string Status, string StatusName, string Category, long WorkflowId, string? Workflow, string? Team, string? Member,
    string? Account, string? Instructions, Moment ActivatedAt, Moment FinishedAt)
{
    public static TaskLine From(JsonObject json) => new(
        json["id"]!.GetValue<long>(),
        ApiFields.Text(json, "subject")!,
        RequestView.Words(ApiFields.Text(json, "status"))!,
        ApiFields.Text(json, "status")!,
        RequestView.Words(ApiFields.Text(json, "category"))!,
        ApiFields.Id(json, "workflow")!.Value,
        ApiFields.Name(json, "workflow"),
        ApiFields.NameWithAccount(json, "team"),
        ApiFields.Name(json, "member"),
        ApiFields.Name(json, "account"),
        ApiFields.Text(json, "instructions"),
        Moment.Of(ApiFields.Text(json, "activated_at")),
        Moment.Of(ApiFields.Text(json, "finished_at")));

    public bool IsApproval => Category == "Approval";
}
