using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.WorkflowTemplates;

public sealed class ListTaskTemplates(TrustdeskDbContext db, RecordReads reads, TaskTemplateJson json)
{
    private static readonly ListSpec<TaskTemplate> Spec = ListSpec.Of<TaskTemplate>()
        .FilterAndSort("id", t => t.Id)
        .FilterAndSort("subject", t => t.Subject)
        .FilterAndSort("category", t => t.Category)
        .Filter("team_id", t => t.TeamId)
        .Filter("disabled", t => t.Disabled)
        .Filter("sourceID", t => t.SourceId)
        .OrderBy(t => t.Id)
        .Fields<TaskTemplateResponse>(TaskTemplateJson.CollectionFields);

    public Task<ApiResult> HandleAsync(HttpRequest request) => reads.ListAsync(request, db.TaskTemplates.AsNoTracking(), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.TaskTemplates, id, json.RenderAsync);
}
