using Trustdesk.Data.Configurations;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Coverage;
using Trustdesk.Web.Features.Trusts;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// <c>POST /v1/requests</c>. An end user's request is routed (product.md §5): it names a service instance of their
/// self-service catalog and is registered in the account that provides it, with <c>customer_account</c> from the
/// covering SLA and the instance's first-line team. A specialist registers a request in their own account. What is
/// decided here (where the request lives, for whom, which team, which SLA) is stored by <see cref="RequestRegistration"/>.
/// </summary>
public sealed class SubmitRequest(
    Caller caller, CoverageSubjects subjects, RequestSlas slas, RequestAssignment assignment, RequestRegistration registration, RequestJson json)
{
    public async Task<ApiResult> HandleAsync(HttpRequest request)
    {
        var cancel = request.HttpContext.RequestAborted;
        var (body, error) = await JsonBody.ReadAsync<RequestInput>(request);
        if (body is null) return error!;
        var (registered, refused) = await SubmitAsync(body.Value, cancel);
        if (registered is null) return refused!;
        return ApiResult.Created(ApiJson.Node(await json.RenderAsync(registered, cancel))).WithETag(registered.LockVersion);
    }

    /// <summary>
    /// Registers the request, or says why not (a 422 with field errors, see <see cref="ApiResult.FieldErrors"/>); the API
    /// and the self-service portal both submit through here.
    /// </summary>
    public async Task<(Request? Registered, ApiResult? Refused)> SubmitAsync(RequestInput input, CancellationToken cancel)
    {
        // The first notes follow the rules of PATCH's, by the side the caller will have (their own account's specialist,
        // or the requester): a note the side may not write is refused alone, as there.
        var inOwnAccount = Role.SeeAllRequests(caller.Roles);
        var refusal = new Validation();
        RequestSides.Refuse(inOwnAccount ? RequestSide.Own : RequestSide.Requester, input.Sends, refusal);
        if (!refusal.IsValid) return (null, refusal.Result!);

        var check = new Validation().Text("subject", input.Subject, Limits.Name, required: true);
        var category = check.Enum<RequestCategory>("category", input.Category) ?? RequestCategory.Incident;
        var impact = check.Enum<RequestImpact>("impact", input.Impact);
        RequestNotes.CheckSent(input, input.Sends, check);
        if (!check.IsValid) return (null, check.Result!);

        var registered = new Request { Subject = input.Subject!.Trim(), Category = category, Impact = impact, RequestedById = caller.PersonId };
        var refused = inOwnAccount
            ? await InOwnAccountAsync(registered, input, cancel)
            : await RoutedAsync(registered, input, cancel);
        return refused is null ? (registered, null) : (null, refused);
    }

    /// <summary>Self-service: the request goes to the account providing the instance the person is covered for.</summary>
    private async Task<ApiResult?> RoutedAsync(Request request, RequestInput input, CancellationToken cancel)
    {
        var check = new Validation();
        if (input.RequestedForId is long other && other != caller.PersonId) check.Add("requested_for_id", "can only be yourself");
        if (input.TeamId is not null) check.Add("team_id", "is chosen by the provider");
        if (input.ServiceInstanceId is null) check.Add("service_instance_id", "can't be blank");
        if (!check.IsValid) return check.Result;

        // Unknown, foreign and uncovered instances answer alike: only the person's own catalog is named.
        if (await subjects.OfAsync(caller.PersonId, cancel) is not { } subject
            || await slas.ForAsync(subject, input.ServiceInstanceId!.Value, null, cancel) is not { } sla)
            return ApiErrors.Validation("service_instance_id", "is not a service instance you are covered for");

        request.RequestedForId = caller.PersonId;
        request.ServiceInstanceId = input.ServiceInstanceId;
        request.ServiceInstanceAccountId = sla.AccountId;
        request.SlaId = sla.SlaId;
        request.CustomerAccountId = sla.CustomerAccountId;
        // The instance's first line takes it, else the provider's service desk; with neither it would sit in no queue.
        request.TeamId = sla.FirstLineTeamId ?? sla.SupportTeamId ?? RequestAssignment.ServiceDesk(sla.Provider)?.Id;
        if (request.TeamId is null)
            return ApiErrors.Validation("service_instance_id", "has no team to take requests: its provider names no first-line team for it and no service desk team");
        request.TeamAccountId = sla.AccountId;
        request.AccountId = sla.AccountId;
        await registration.SaveAsync(request, input, sla.Offering, sla.AccountId == caller.AccountId ? null : sla.Provider, cancel);
        return null;
    }

    /// <summary>
    /// A specialist registers the request in the current account, with its own team and instance or, handing it over
    /// at once, those of a provider the account trusts with <c>requests</c>.
    /// </summary>
    private async Task<ApiResult?> InOwnAccountAsync(Request request, RequestInput input, CancellationToken cancel)
    {
        var check = new Validation();
        var requestedFor = input.RequestedForId ?? caller.PersonId;
        // Read as coverage sees them (the SLA below needs it); someone else is read in the current account.
        var subject = await subjects.OfAsync(requestedFor, cancel);
        if (subject is null && requestedFor != caller.PersonId) check.Add("requested_for_id", "does not exist");
        // The covering SLA is looked up by the instance's id before the instance itself, and used only if the instance
        // may be named: the lookups of the current account then come last, and the save needs no round trip for that
        // scope's settings. Another provider's instance is measured only against its SLA with this account (or one
        // without a customer).
        var sla = input.ServiceInstanceId is long instanceId && subject is not null ? await slas.ForAsync(subject, instanceId,
            s => s.AccountId == caller.AccountId || s.CustomerAccountId is null || s.CustomerAccountId == caller.AccountId, cancel) : null;
        var team = input.TeamId is long teamId ? await assignment.TeamAsync(teamId, caller.AccountId, cancel) : null;
        if (input.TeamId is not null && team is null) check.Add("team_id", RequestAssignment.UnknownTeam);
        var instance = input.ServiceInstanceId is long id ? await assignment.InstanceAsync(id, caller.AccountId, cancel) : null;
        if (input.ServiceInstanceId is not null && instance is null) check.Add("service_instance_id", RequestAssignment.UnknownInstance);
        // Named for no team, the request goes to the instance's first line, else to this account's service desk.
        team ??= instance?.DefaultTeamId is long defaultTeam ? new AssignableTeam(defaultTeam, instance.AccountId) : RequestAssignment.ServiceDesk(caller.Account);
        if (team is null && check.IsValid) check.Add("team_id", RequestAssignment.NoServiceDesk);
        if (!check.IsValid) return check.Result;

        request.AccountId = caller.AccountId;
        request.RequestedForId = requestedFor;
        request.ServiceInstanceId = instance?.Id;
        request.ServiceInstanceAccountId = instance?.AccountId;
        request.TeamId = team!.Id;
        request.TeamAccountId = team.AccountId;
        registration.KnowNames(request, subject, instance);
        var covering = instance is null ? null : sla;
        if (covering is not null)
        {
            request.SlaId = covering.SlaId;
            // Measured against another provider's SLA with this account, the request stays this account's own.
            request.CustomerAccountId = covering.CustomerAccountId == caller.AccountId ? null : covering.CustomerAccountId;
        }
        await registration.SaveAsync(request, input, covering?.Offering, null, cancel);
        return null;
    }
}
