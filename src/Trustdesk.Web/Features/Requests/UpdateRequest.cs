using Microsoft.EntityFrameworkCore;
using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Problems;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// <c>PATCH /v1/requests/:id</c>. What the caller may change depends on their side of the request
/// (<see cref="RequestSides"/>); status changes follow <see cref="RequestTransitions"/>; a member must belong to the
/// team; the request's own account may hand it over to a provider it trusts with <c>requests</c> by giving it that
/// provider's team or service instance. Targets are recomputed, the change is audited, and a stale version answers
/// 412 (<c>If-Match</c>) or 409 (a concurrent save), never a silent overwrite.
/// </summary>
public sealed class UpdateRequest(
    TrustdeskDbContext db, Caller caller, VisibleRequests visible, RequestSides sides, RequestAssignment assignment, RequestSlas slas,
    RequestClock clock, RequestAudit audit, RequestNotes notes, NotedRecords noted, RequestJson json, ProblemLinks problems)
{
    public async Task<ApiResult> HandleAsync(long id, HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        var (updated, refused) = await ApplyAsync(id, found => Preconditions.IfMatch(request, found.LockVersion),
            () => JsonBody.ReadAsync<RequestUpdateInput>(request), cancel);
        return updated is null ? refused! : ApiResult.Ok(ApiJson.Node(await json.RenderAsync(updated, cancel))).WithETag(updated.LockVersion);
    }

    /// <summary>
    /// Updates the request with the <paramref name="fields"/> of <paramref name="input"/>, only while it is still at
    /// <paramref name="version"/> (its <c>lock_version</c> when the form was shown; otherwise the 412 of a stale
    /// <c>If-Match</c>), or says why not (404, 412, or a 422 with field errors); the console updates through here.
    /// </summary>
    public async Task<(Request? Updated, ApiResult? Refused)> UpdateAsync(
        long id, RequestUpdateInput input, IReadOnlySet<string> fields, int version, CancellationToken cancel)
    {
        using var own = visible.ReadingOwnRequests(alsoForSpecialists: true);
        return await ApplyAsync(id, found => found.LockVersion == version ? null : ApiErrors.PreconditionFailed(),
            () => JsonBody.Of(input, fields), cancel);
    }

    /// <summary>The input is read only once the request is known to be the caller's to change: otherwise 404, whatever was sent.</summary>
    private async Task<(Request? Updated, ApiResult? Refused)> ApplyAsync(
        long id, Func<Request, ApiResult?> stale, Func<Task<(JsonBody<RequestUpdateInput>? Body, ApiResult? Error)>> read, CancellationToken cancel)
    {
        var found = await visible.Query(tracked: true).FirstOrDefaultAsync(r => r.Id == id, cancel);
        if (found is null || await sides.OfAsync(found, cancel) is not { } side) return (null, ApiErrors.NotFound());
        if (stale(found) is { } precondition) return (null, precondition);
        var (body, error) = await read();
        if (body is null) return (null, error!);

        var check = new Validation();
        RequestSides.Refuse(side, body.Has, check);
        if (!check.IsValid) return (null, check.Result!);

        var before = RequestAudit.Snapshot(found);
        var statusBefore = found.Status;
        if (await ApplyFieldsAsync(found, body, side, check, cancel) is { } invalid) return (null, invalid);

        var statusChanged = found.Status != statusBefore;
        if (statusChanged) TrackCompletion(found, statusBefore);
        if (db.Entry(found).State == EntityState.Modified)
            await clock.UpdateAsync(found, statusChanged ? new StatusChange(audit.Now, found.Status) : null, cancel);
        audit.Updated(found, before);
        var withNotes = await notes.AddSentAsync(found, side, body.Value, body.Has, cancel);
        await db.SaveChangesAsync(cancel);
        if (withNotes) await noted.TouchAsync(found, cancel);
        return (found, null);
    }

    /// <summary>Validates every sent field and copies them onto the request; the 422 with all field errors otherwise.</summary>
    private async Task<ApiResult?> ApplyFieldsAsync(Request request, JsonBody<RequestUpdateInput> body, RequestSide side, Validation check, CancellationToken cancel)
    {
        var input = body.Value;
        if (body.Has("subject")) check.Text("subject", input.Subject, Limits.Name, required: true);
        check.Text("source", input.Source, Limits.Code).Text("sourceID", input.SourceId, Limits.Code);
        RequestNotes.CheckSent(input, body.Has, check);
        var category = check.Enum<RequestCategory>("category", input.Category);
        if (body.Has("category") && input.Category is null) check.Add("category", "can't be blank");
        var impact = check.Enum<RequestImpact>("impact", input.Impact);
        var status = body.Has("status") ? check.Enum<RequestStatus>("status", input.Status) : request.Status;
        if (body.Has("status") && input.Status is null) check.Add("status", "can't be blank");
        var reason = body.Has("completion_reason") ? check.Enum<CompletionReason>("completion_reason", input.CompletionReason)
            : status == RequestStatus.Completed ? request.CompletionReason : null;
        if (!check.IsValid) return check.Result;

        CheckStatus(request.Status, status!.Value, reason, check);
        var assigned = await AssignmentAsync(request, body, side, check, cancel);
        // The problem is the link of a problem's account, not a field of the request: any side that may send it links it.
        var problem = body.Has("problem_id") ? await problems.CheckAsync(request.Id, input.ProblemId, "problem_id", check, cancel) : null;
        if (!check.IsValid) return check.Result;

        if (body.Has("subject")) request.Subject = input.Subject!.Trim();
        if (category is { } newCategory) request.Category = newCategory;
        if (body.Has("impact")) request.Impact = impact;
        if (body.Has("source")) request.Source = input.Source;
        if (body.Has("sourceID")) request.SourceId = input.SourceId;
        request.Status = status.Value;
        request.CompletionReason = reason;
        if (assigned is { } a)
        {
            (request.TeamId, request.TeamAccountId, request.MemberId) = (a.Team?.Id, a.Team?.AccountId, a.MemberId);
            (request.ServiceInstanceId, request.ServiceInstanceAccountId, request.SlaId) = (a.Instance?.Id, a.Instance?.AccountId, a.SlaId);
        }
        if (problem is not null) problems.Apply(problem);
        return null;
    }

    /// <summary>Completing needs a reason and only completing takes one; the transition itself must be one a person makes.</summary>
    private static void CheckStatus(RequestStatus from, RequestStatus to, CompletionReason? reason, Validation check)
    {
        if (to == RequestStatus.Completed && reason is null) check.Add("completion_reason", "can't be blank when the request is completed");
        else if (to != RequestStatus.Completed && reason is not null) check.Add("completion_reason", "is only given when the request is completed");
        else if (RequestTransitions.Refusal(from, to, reason) is { } refusal) check.Add("status", refusal);
    }

    private sealed record Assignment(AssignableTeam? Team, long? MemberId, AssignableInstance? Instance, long? SlaId);

    /// <summary>The team, member, service instance and SLA after this update, or null when none of them is touched.</summary>
    private async Task<Assignment?> AssignmentAsync(Request request, JsonBody<RequestUpdateInput> body, RequestSide side, Validation check, CancellationToken cancel)
    {
        if (!body.Has("team_id") && !body.Has("member_id") && !body.Has("service_instance_id")) return null;
        var input = body.Value;
        var team = request.TeamId is long teamId ? new AssignableTeam(teamId, request.TeamAccountId!) : null;
        var instance = request.ServiceInstanceId is long instanceId
            ? new AssignableInstance(instanceId, request.ServiceInstanceAccountId!, null, null) : null;
        var slaId = request.SlaId;
        // Only the request's own account hands over; a provider reassigns among its own teams.
        var handOverFrom = side == RequestSide.Own ? request.AccountId : null;

        if (body.Has("service_instance_id") && input.ServiceInstanceId != instance?.Id)
        {
            instance = input.ServiceInstanceId is long newInstance ? await assignment.InstanceAsync(newInstance, handOverFrom, cancel) : null;
            if (input.ServiceInstanceId is not null && instance is null) check.Add("service_instance_id", RequestAssignment.UnknownInstance);
            slaId = instance is null ? null : (await slas.ForAsync(request.RequestedForId, instance.Id,
                s => s.CustomerAccountId == request.CustomerAccountId || s.CustomerAccountId == request.AccountId, cancel))?.SlaId;
            // Given to another provider's instance without a team, the request goes to that instance's first line.
            if (instance is not null && !body.Has("team_id") && instance.AccountId != team?.AccountId)
                team = instance.DefaultTeamId is long first ? new AssignableTeam(first, instance.AccountId) : null;
        }
        if (body.Has("team_id") && input.TeamId != request.TeamId)
        {
            team = input.TeamId is long newTeam ? await assignment.TeamAsync(newTeam, handOverFrom, cancel) : null;
            if (input.TeamId is not null && team is null)
                check.Add("team_id", side == RequestSide.Own ? RequestAssignment.UnknownTeam : "is not a team of this account");
            else if (team is null && side == RequestSide.Provider) check.Add("team_id", "can't be blank: a provider hands a request back by assigning it, not by leaving it without a team");
        }
        // Left without a team (taken away, or given an instance with no first line), the request goes to its own
        // account's service desk (the caller's, on this side), and is refused when there is none.
        if (team is null && side == RequestSide.Own)
        {
            team = RequestAssignment.ServiceDesk(caller.Account);
            if (team is null && check.IsValid) check.Add("team_id", RequestAssignment.NoServiceDesk);
        }

        var member = team?.Id == request.TeamId ? request.MemberId : null;
        if (body.Has("member_id"))
        {
            member = input.MemberId;
            if (member is not null && team is null) check.Add("member_id", "needs a team");
            else if (member is long candidate && !await assignment.IsMemberAsync(candidate, team!, cancel))
                check.Add("member_id", "is not a member of the team");
        }
        return new Assignment(team, member, instance, slaId);
    }

    /// <summary>Completion is dated when it happens; a reopened request is open again. Starting work is a response.</summary>
    private void TrackCompletion(Request request, RequestStatus from)
    {
        if (request.Status == RequestStatus.Completed) request.CompletedAt = audit.Now;
        else if (from == RequestStatus.Completed) request.CompletedAt = null;
        if (request.RespondedAt is null && request.Status is RequestStatus.Accepted or RequestStatus.InProgress) request.RespondedAt = audit.Now;
    }
}
