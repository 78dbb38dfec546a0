using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.People;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.People;

/// <summary>Registers and updates people of the current account (administrators only).</summary>
public sealed class SavePerson(TrustdeskDbContext db, Caller caller, PersonJson json, RecordWrites writes, Passwords passwords)
{
    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<Person, PersonInput, PersonResponse>(request, new Person(), ApplyAsync, json.RenderAsync);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<Person, PersonInput, PersonResponse>(request,
            await db.People.FirstOrDefaultAsync(r => r.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync);

    private async Task<ApiResult?> ApplyAsync(Person person, JsonBody<PersonInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        if (creating || body.Has("primary_email"))
            check.Text("primary_email", input.PrimaryEmail, Limits.Email, required: true).Email("primary_email", input.PrimaryEmail);
        check.Text("job_title", input.JobTitle, Limits.Name)
            .Text("employeeID", input.EmployeeId, Limits.Code)
            .Text("locale", input.Locale, 20)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code)
            .TimeZone("time_zone", input.TimeZone);
        if (!check.IsValid) return check.Result;

        if (body.Has("primary_email"))
        {
            var key = input.PrimaryEmail!.ToLowerInvariant();
            var taken = await db.People.AnyAsync(p => p.AccountId == caller.AccountId && p.PrimaryEmailKey == key && p.Id != person.Id, cancel);
            if (taken) check.Add("primary_email", "has already been taken");
        }
        if (input.OrganizationId is long organizationId && !await db.Organizations.AnyAsync(o => o.Id == organizationId, cancel))
            check.Add("organization_id", "does not exist");
        if (input.SiteId is long siteId && !await db.Sites.AnyAsync(s => s.Id == siteId, cancel))
            check.Add("site_id", "does not exist");
        if (input.ManagerId is long managerId &&
            (managerId == person.Id || !await db.People.AnyAsync(p => p.Id == managerId, cancel)))
            check.Add("manager_id", managerId == person.Id ? "can't be the person themselves" : "does not exist");
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) person.Name = input.Name!.Trim();
        if (body.Has("primary_email"))
        {
            person.SetPrimaryEmail(input.PrimaryEmail!);
            // The sign-in follows the primary e-mail (ADR 20); the person's sign-in lives in this account, theirs.
            if (!creating) await passwords.FollowEmailAsync(person.Id, person.PrimaryEmail, cancel);
        }
        if (body.Has("organization_id")) person.OrganizationId = input.OrganizationId;
        if (body.Has("site_id")) person.SiteId = input.SiteId;
        if (body.Has("manager_id")) person.ManagerId = input.ManagerId;
        if (body.Has("job_title")) person.JobTitle = input.JobTitle;
        if (body.Has("employeeID")) person.EmployeeId = input.EmployeeId;
        if (body.Has("time_zone")) person.TimeZone = input.TimeZone;
        if (body.Has("locale")) person.Locale = input.Locale;
        if (body.Has("vip")) person.Vip = input.Vip ?? false;
        if (body.Has("disabled")) person.Disabled = input.Disabled ?? false;
        if (body.Has("source")) person.Source = input.Source;
        if (body.Has("sourceID")) person.SourceId = input.SourceId;
        return null;
    }
}
