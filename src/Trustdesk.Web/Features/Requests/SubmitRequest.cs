using Trustdesk.Data;
using Trustdesk.Data.Configurations;
using Trustdesk.Data.Isolation;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.Catalog;
using Trustdesk.Domain.Requests;
using Trustdesk.Web.Api;
using Trustdesk.Web.Api.Auth;
using Trustdesk.Web.Features.Coverage;
using Trustdesk.Web.Features.Trusts;
using CoverageSubject = Trustdesk.Web.Features.Coverage.CoverageSubject;

namespace Trustdesk.Web.Features.Requests;

/// <summary>
/// <c>POST /v1/requests</c>. An end user's request is routed (product.md §5): it names a service instance of their
/// self-service catalog and is registered in the account that provides it, with <c>customer_account</c> from the
/// covering SLA and the instance's first-line team. A specialist registers a request in their own account.
/// </summary>
public sealed class SubmitRequest(
    TrustdeskDbContext db, Caller caller, CoverageSubjects subjects, RequestSlas slas, RequestAssignment assignment, RequestClock clock,
    RequestAudit audit, RequestNotes notes, References references, RequestJson json)
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
        RequestSides.Refuse(inOwnAccount ? RequestSide.Own : RequestSide.Requester, field => Sent(input, field), refusal);
        if (!refusal.IsValid) return (null, refusal.Result!);

        var check = new Validation().Text("subject", input.Subject, Limits.Name, required: true);
        var category = check.Enum<RequestCategory>("category", input.Category) ?? RequestCategory.Incident;
        var impact = check.Enum<RequestImpact>("impact", input.Impact);
        RequestNotes.CheckSent(input, field => Sent(input, field), check);
        if (!check.IsValid) return (null, check.Result!);

        var registered = new Request { Subject = input.Subject!.Trim(), Category = category, Impact = impact, RequestedById = caller.PersonId };
        var refused = inOwnAccount
            ? await InOwnAccountAsync(registered, input, cancel)
            : await RoutedAsync(registered, input, cancel);
        return refused is null ? (registered, null) : (null, refused);
    }

    /// <summary>A note field is sent when it is given at all; a blank one is refused (as in PATCH).</summary>
    private static bool Sent(RequestInput input, string field) => field switch
    {
        "note" => input.Note is not null,
        "internal_note" => input.InternalNote is not null,
        _ => false,
    };

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
        await RegisterAsync(request, input, sla.Offering, sla.AccountId == caller.AccountId ? null : sla.Provider, cancel);
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
        KnowNames(request, subject, instance);
        var covering = instance is null ? null : sla;
        if (covering is not null)
        {
            request.SlaId = covering.SlaId;
            // Measured against another provider's SLA with this account, the request stays this account's own.
            request.CustomerAccountId = covering.CustomerAccountId == caller.AccountId ? null : covering.CustomerAccountId;
        }
        await RegisterAsync(request, input, covering?.Offering, null, cancel);
        return null;
    }

    /// <summary>
    /// The names read with the records above, for rendering the request without reading them again: the instance's
    /// and its default team's, and those of the requester and the person it is for where rendering would read them
    /// (among the people of the current account and its directory).
    /// </summary>
    private void KnowNames(Request request, CoverageSubject? subject, AssignableInstance? instance)
    {
        if (instance?.Name is { } instanceName) json.KnowInstance(instance.Id, instanceName, instance.AccountId);
        if (instance is { DefaultTeamId: long defaultTeam, DefaultTeamName: { } teamName } && request.TeamId == defaultTeam)
            json.KnowTeam(defaultTeam, teamName, instance.AccountId);
        var shown = new[] { caller.AccountId, caller.Account.SharedDirectoryId };
        if (shown.Contains(caller.PersonAccountId)) json.KnowPerson(caller.PersonId, caller.PersonName, caller.PersonAccountId);
        if (subject is not null && shown.Contains(subject.Person.AccountId)) json.KnowPerson(subject.Person.PersonId, subject.Name, subject.Person.AccountId);
    }

    /// <summary>
    /// Saves the new request with its targets (counted in <paramref name="offering"/>, its SLA's) in the caller's
    /// account or, routed, in <paramref name="home"/>, then the first line of its audit trail and its first notes in the
    /// caller's account: a note lives where its author acts, wherever the request lives (as every later note of theirs).
    /// All in the call's one transaction.
    /// </summary>
    private async Task RegisterAsync(Request request, RequestInput input, ServiceOffering? offering, Account? home, CancellationToken cancel)
    {
        request.CreatedAt = audit.Now;
        clock.Start(request, offering);
        // Routed, each save runs in a scope of its own. The names the request shows of that scope's account are read
        // just before each: rendering needs them anyway, and the read carries the scope's settings to PostgreSQL,
        // which the save would otherwise send by a round trip of its own.
        using (home is null ? null : db.Scope.Cross(Crossing.RecordsOwnAccount, home.Id, home.SharedDirectoryId))
        {
            if (home is not null) await json.ReadNamesAsync(request, home, cancel);
            db.Requests.Add(request);
            await db.SaveChangesAsync(cancel);
        }
        // Registered elsewhere, the request is the caller's own: that is how they see it and its audit line. In the
        // caller's account it is seen anyway, and the scope (and its database settings) stays as it is.
        using (home is null ? null : db.Scope.ReadOwnRequests(caller.PersonId))
        {
            if (home is not null) await json.ReadNamesAsync(request, caller.Account, cancel);
            audit.Registered(request);
            notes.AddFirst(request, input, field => Sent(input, field));
            await db.SaveChangesAsync(cancel);
        }
        // The provider's account is rendered next: no need to read it again.
        if (home is not null) references.Know(home);
    }
}
