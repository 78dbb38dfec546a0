using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Sites;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Sites;

public sealed class SaveSite(TrustdeskDbContext db, Caller caller, SiteJson json, RecordWrites writes)
{
    public Task<ApiResult> CreateAsync(HttpRequest request) =>
        writes.CreateAsync<Site, SiteInput, SiteResponse>(request, new Site(), ApplyAsync, json.RenderAsync);

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request) =>
        await writes.UpdateAsync<Site, SiteInput, SiteResponse>(request,
            await db.Sites.FirstOrDefaultAsync(r => r.Id == id, request.HttpContext.RequestAborted), ApplyAsync, json.RenderAsync);

    private async Task<ApiResult?> ApplyAsync(Site site, JsonBody<SiteInput> body, bool creating, CancellationToken cancel)
    {
        var input = body.Value;
        var check = new Validation();
        if (creating || body.Has("name")) check.Text("name", input.Name, Limits.Name, required: true);
        check.Text("address", input.Address, Limits.Name)
            .Text("city", input.City, Limits.Code)
            .Text("state", input.State, Limits.Code)
            .Text("zip", input.Zip, 20)
            .Text("source", input.Source, Limits.Code)
            .Text("sourceID", input.SourceId, Limits.Code)
            .TimeZone("time_zone", input.TimeZone);
        if (input.Country is { } country && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
            check.Add("country", "must be an ISO 3166 two-letter country code, such as NL");
        if (check.IsValid && body.Has("name"))
        {
            var name = input.Name!.Trim();
            if (await db.Sites.AnyAsync(s => s.AccountId == caller.AccountId && s.Name == name && s.Id != site.Id, cancel))
                check.Add("name", "has already been taken");
        }
        if (!check.IsValid) return check.Result;

        if (body.Has("name")) site.Name = input.Name!.Trim();
        if (body.Has("address")) site.Address = input.Address;
        if (body.Has("city")) site.City = input.City;
        if (body.Has("state")) site.State = input.State;
        if (body.Has("zip")) site.Zip = input.Zip;
        if (body.Has("country")) site.Country = input.Country;
        if (body.Has("time_zone")) site.TimeZone = input.TimeZone;
        if (body.Has("disabled")) site.Disabled = input.Disabled ?? false;
        if (body.Has("source")) site.Source = input.Source;
        if (body.Has("sourceID")) site.SourceId = input.SourceId;
        return null;
    }
}
