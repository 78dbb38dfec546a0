using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Coverage;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// <c>POST /v1/requests</c>. An end user's request is routed (product.md §5): it names a service instance of their
/// self-service catalog and is registered in the account that provides it, with <c>customer_account</c> from the
/// covering SLA and the instance's first-line team. A specialist registers a request in their own account.
/// </summary>
public sealed class SubmitRequest(
    TrustdeskDbContext db, Caller caller, CoverageSubjects subjects, RequestJson json, TimeProvider time)
{
    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var (body, error) = await JsonBody.ReadAsync<RequestInput>(request);
        if (body is null) return error!;
        var input = body.Value;

        var check = new Validation().Text("subject", input.Subject, Limits.Name, required: true);
        var category = RequestCategory.Incident;
        if (input.Category is not null && !SnakeCaseEnum<RequestCategory>.TryParse(input.Category, out category))
            check.Add("category", $"must be one of: {string.Join(", ", SnakeCaseEnum<RequestCategory>.Names)}");
        RequestImpact? impact = null;
        if (input.Impact is not null)
        {
            if (SnakeCaseEnum<RequestImpact>.TryParse(input.Impact, out var parsed)) impact = parsed;
            else check.Add("impact", $"must be one of: {string.Join(", ", SnakeCaseEnum<RequestImpact>.Names)}");
        }
        if (!check.IsValid) return check.Result!;

        var registered = new Request { Subject = input.Subject!.Trim(), Category = category, Impact = impact, RequestedById = caller.PersonId };
        var refused = Role.SeeAllRequests(caller.Roles)
            ? await InOwnAccountAsync(registered, input, cancel)
            : await RoutedAsync(registered, input, cancel);
        if (refused is not null) return refused;
        return ApiResult.Created(await json.RenderAsync(registered, cancel)).WithETag(registered.LockVersion);
    }

    /// <summary>Self-service: the request goes to the account providing the instance the person is covered for.</summary>
    private async Task<ApiResult?> RoutedAsync(Request request, RequestInput input, CancellationToken cancel)
    {
        var check = new Validation();
        if (input.RequestedForId is long other && other != caller.PersonId) check.Add("requested_for_id", "can only be yourself");
        if (input.TeamId is not null) check.Add("team_id", "is chosen by the provider");
        if (input.ServiceInstanceId is null) check.Add("service_instance_id", "can't be blank");
        if (!check.IsValid) return check.Result;

        // Caller resolution found the person enabled in their own account, so they are there to be read.
        var subject = (await subjects.OfAsync(caller.PersonId, cancel))!;

        var instanceId = input.ServiceInstanceId!.Value;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        (long SlaId, string? CustomerAccountId, string AccountId, long? FirstLine, long? Support)? covered;
        using (db.Scope.BrowseCatalog())
        {
            var match = await CoveringSlas.Query(db, subject.Person, subject.OrganizationLine, today)
                .Where(s => s.ServiceInstanceId == instanceId)
                .Join(db.ServiceInstances.Where(i => i.Status == ServiceInstanceStatus.InProduction), s => s.ServiceInstanceId, i => i.Id,
                    (s, i) => new { s.Id, s.CustomerAccountId, i.AccountId, i.FirstLineTeamId, i.SupportTeamId })
                .OrderBy(s => s.Id).FirstOrDefaultAsync(cancel);
            covered = match is null ? null : (match.Id, match.CustomerAccountId, match.AccountId, match.FirstLineTeamId, match.SupportTeamId);
        }
        // Unknown, foreign and uncovered instances answer alike: only the person's own catalog is named.
        if (covered is not { } sla) return ApiErrors.Validation("service_instance_id", "is not a service instance you are covered for");

        var provider = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == sla.AccountId, cancel);
        request.RequestedForId = caller.PersonId;
        request.ServiceInstanceId = instanceId;
        request.ServiceInstanceAccountId = provider.Id;
        request.SlaId = sla.SlaId;
        request.CustomerAccountId = sla.CustomerAccountId;
        request.TeamId = sla.FirstLine ?? sla.Support;
        request.TeamAccountId = request.TeamId is null ? null : provider.Id;
        using (db.Scope.Switch(provider.Id, provider.SharedDirectoryId))
        {
            request.AccountId = provider.Id;
            db.Requests.Add(request);
            await db.SaveChangesAsync(cancel);
        }
        return null;
    }

    /// <summary>A specialist registers the request in the current account, with its own team and instance.</summary>
    private async Task<ApiResult?> InOwnAccountAsync(Request request, RequestInput input, CancellationToken cancel)
    {
        var check = new Validation();
        var requestedFor = input.RequestedForId ?? caller.PersonId;
        if (!await db.People.AnyAsync(p => p.Id == requestedFor, cancel) && requestedFor != caller.PersonId)
            check.Add("requested_for_id", "does not exist");
        long? teamId = input.TeamId;
        if (teamId is long team && !await db.Teams.AnyAsync(t => t.Id == team && t.AccountId == caller.AccountId, cancel))
            check.Add("team_id", "does not exist");
        var instance = input.ServiceInstanceId is long id
            ? await db.ServiceInstances.AsNoTracking().Where(i => i.Id == id && i.AccountId == caller.AccountId)
                .Select(i => new { i.Id, i.FirstLineTeamId, i.SupportTeamId }).FirstOrDefaultAsync(cancel)
            : null;
        if (input.ServiceInstanceId is not null && instance is null) check.Add("service_instance_id", "does not exist");
        if (!check.IsValid) return check.Result;

        request.AccountId = caller.AccountId;
        request.RequestedForId = requestedFor;
        request.ServiceInstanceId = instance?.Id;
        request.ServiceInstanceAccountId = instance is null ? null : caller.AccountId;
        request.TeamId = teamId ?? instance?.FirstLineTeamId ?? instance?.SupportTeamId;
        request.TeamAccountId = request.TeamId is null ? null : caller.AccountId;
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancel);
        return null;
    }
}
