using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Organizations;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Organizations;

/// <summary>Registers and updates organizations of the current account; the tree never gets a cycle.</summary>
public sealed class SaveOrganization(TrustdeskDbContext db, Caller caller, OrganizationJson json, RecordWrites writes)
{
    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<Organization, OrganizationInput, OrganizationResponse>(request, new Organization(), ApplyAsync, json.RenderAsync);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<Organization, OrganizationInput, OrganizationResponse>(request,
            await db.Organizations.FirstOrDefaultAsync(r => r.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync);

    private async Task<ApiResult?> ApplyAsync(Organization organization, JsonBody<OrganizationInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("region", input.Region, Limits.Code)
            .Text("financialID", input.FinancialId, Limits.Code)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code);
        if (!check.IsValid) return check.Result;

        if (input.ParentId is long parentId)
        {
            // Parents come from the same account: a tree does not span accounts.
            var parents = await db.Organizations.AsNoTracking().Where(o => o.AccountId == caller.AccountId)
                .Select(o => new { o.Id, o.ParentId }).ToDictionaryAsync(o => o.Id, o => o.ParentId, cancel);
            if (!parents.ContainsKey(parentId)) check.Add("parent_id", "does not exist");
            else if (!creating && OrganizationTree.WouldCreateCycle(organization.Id, parentId, id => parents.GetValueOrDefault(id)))
                check.Add("parent_id", "would make the organization its own ancestor");
        }
        if (input.ManagerId is long managerId && !await db.People.AnyAsync(p => p.Id == managerId, cancel))
            check.Add("manager_id", "does not exist");
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) organization.Name = input.Name!.Trim();
        if (body.Has("parent_id")) organization.ParentId = input.ParentId;
        if (body.Has("manager_id")) organization.ManagerId = input.ManagerId;
        if (body.Has("business_unit")) organization.BusinessUnit = input.BusinessUnit ?? false;
        if (body.Has("region")) organization.Region = input.Region;
        if (body.Has("financialID")) organization.FinancialId = input.FinancialId;
        if (body.Has("disabled")) organization.Disabled = input.Disabled ?? false;
        if (body.Has("source")) organization.Source = input.Source;
        if (body.Has("sourceID")) organization.SourceId = input.SourceId;
        return null;
    }
}
