using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Sites;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;

namespace Trustdesk.Web.Features.Sites;

public sealed class SaveSite(TrustdeskDbContext db, Caller caller, SiteJson json)
{
    public async Task<ApiResult> CreateAsync(HttpRequest request)
    {
        if (!caller.IsAdministrator) return ApiErrors.Forbidden();
        var (body, error) = await JsonBody.ReadAsync<SiteInput>(request);
        if (body is null) return error!;
        var site = new Site { AccountId = caller.AccountId };
        if (await ApplyAsync(site, body, creating: true, request.HttpContext.RequestAborted) is { } invalid) return invalid;
        db.Sites.Add(site);
        await db.SaveChangesAsync(request.HttpContext.RequestAborted);
        return ApiResult.Created(await json.RenderAsync(site, request.HttpContext.RequestAborted)).WithETag(site.LockVersion);
    }

    public async Task<ApiResult> UpdateAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == id, cancel);
        if (site is null) return ApiErrors.NotFound();
        if (!caller.IsAdministrator || site.AccountId != caller.AccountId) return ApiErrors.Forbidden();
        if (Preconditions.IfMatch(request, site.LockVersion) is { } stale) return stale;
        var (body, error) = await JsonBody.ReadAsync<SiteInput>(request);
        if (body is null) return error!;
        if (await ApplyAsync(site, body, creating: false, cancel) is { } invalid) return invalid;
        await db.SaveChangesAsync(cancel);
        return ApiResult.Ok(await json.RenderAsync(site, cancel)).WithETag(site.LockVersion);
    }

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
