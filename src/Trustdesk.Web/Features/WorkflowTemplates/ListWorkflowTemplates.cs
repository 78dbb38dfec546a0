using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Domain.Workflows;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Listing;

namespace Trustdesk.Web.Features.WorkflowTemplates;

public sealed class ListWorkflowTemplates(TrustdeskDbContext db, RecordReads reads, WorkflowTemplateJson json)
{
    private static readonly ListSpec<WorkflowTemplate> Spec = ListSpec.Of<WorkflowTemplate>()
        .FilterAndSort("id", t => t.Id)
        .FilterAndSort("subject", t => t.Subject)
        .FilterAndSort("category", t => t.Category)
        .FilterAndSort("impact", t => t.Impact)
        .Filter("justification", t => t.Justification)
        .Filter("disabled", t => t.Disabled)
        .Filter("sourceID", t => t.SourceId)
        .OrderBy(t => t.Id)
        .Fields<WorkflowTemplateResponse>(WorkflowTemplateJson.CollectionFields);

    public Task<ApiResult> HandleAsync(HttpRequest request) => reads.ListAsync(request, db.WorkflowTemplates.AsNoTracking(), Spec, json.RenderAsync);

    public Task<ApiResult> GetAsync(long id, HttpRequest request) => reads.GetAsync(request, db.WorkflowTemplates, id, json.RenderAsync);
}
